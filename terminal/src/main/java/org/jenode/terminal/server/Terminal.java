package org.jenode.terminal.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.ServiceDeniedException;
import org.jenode.base.geometry.Rect;
import org.jenode.base.report.Reporter;
import org.jenode.base.timer.TimerSession;
import org.jenode.framebuffer.Mode;
import org.jenode.input.InputEvent;
import org.jenode.input.InputReader;
import org.jenode.input.InputSession;
import org.jenode.input.Keycodes;
import org.jenode.terminal.TerminalSession;
import org.jenode.terminal.draw.CellFont;
import org.jenode.terminal.model.Cursor;
import org.jenode.terminal.model.JediTermModel;
import org.jenode.terminal.model.TerminalModel;

/**
 * {@code terminal}: a Terminal server in a nitpicker window. Program output written to its session is
 * interpreted by the {@link TerminalModel} and drawn, changed cells only, at most once a frame: on the
 * framebuffer's sync signal, or at once when nothing was drawn since the last one;
 * keys, pastes and the emulator's replies become the session's input. A new nitpicker mode (the screen, or
 * a window manager's resize) re-allocates the buffer, recomputes columns and lines and signals
 * {@code size_changed}. It serves one client; when that client leaves, the terminal exits.
 */
public final class Terminal implements Component {

    private static final long BLINK_US = 530_000;
    private static final int WHEEL_LINES = 3;
    /** The model's size until the window's is known (no size configured): xterm's. */
    private static final TerminalSession.Size PROVISIONAL = new TerminalSession.Size(80, 24);
    /** The estimate of a scrollback line's heap: 64 cells of an int each. */
    private static final long SCROLLBACK_LINE_BYTES = 64 * Integer.BYTES;

    private final Env env;
    private final TerminalConfig config;
    private final CellFont font;
    private final Surface window;
    private final InputReader input;
    private final TerminalModel model;
    private final ScreenView view;
    private final TimerSession blinkTimer;
    private final Optional<Reporter> screenReport;
    private final Modifiers modifiers = new Modifiers();
    private Optional<TerminalSessionComponent> client = Optional.empty();
    private Optional<Selection> selection = Optional.empty();
    private boolean selecting, swallowCharacters, focused, blinkOn = true, dirty = true;
    /** Whether the screen was drawn since the last sync: output then waits for the next. */
    private boolean drawnThisFrame;
    private int scroll, pointerX, pointerY;
    private long paintedChanges = -1;
    private String clipboard = "";
    private byte[] scratch = new byte[TerminalSession.IO_BUFFER_SIZE];

    public Terminal(Env env) {
        this.env = env;
        this.config = TerminalConfig.of(env.config().xml());
        this.font = new CellFont(config.fontSize());
        this.view = new ScreenView(font, config.palette());
        Optional<Mode> configured = config.width() > 0 && config.height() > 0
                ? Optional.of(new Mode(config.width(), config.height())) : Optional.empty();
        // the emulator's scrollback lives on the heap: charge an estimate of it to this component, and keep
        // no more of it than a quarter of the quantum holds (Genode's terminal had none, and its configs
        // give it 2M or 3M, of which a window's buffer takes most)
        int scrollback = (int) Math.min(config.scrollback(), env.ram().avail() / 4 / SCROLLBACK_LINE_BYTES);
        if (scrollback < config.scrollback()) env.log().info("scrollback of {} lines, as much as a quarter of the RAM quota holds", scrollback);
        this.model = new JediTermModel(configured.map(this::cells).orElse(PROVISIONAL), scrollback, this::type);
        env.ram().charge(scrollback * SCROLLBACK_LINE_BYTES);
        // Announced before the window opens: the window waits for the GUI server (and behind it perhaps a
        // window manager, nitpicker and the display driver), longer than a client started beside the
        // terminal waits for the announcement; the client's session is made once the terminal is up.
        env.announce(TerminalSession.class, request -> {
            if (client.isPresent()) throw new ServiceDeniedException("terminal already serves a client; '" + request.label() + "' denied");
            TerminalSessionComponent session = new TerminalSessionComponent(request.quota(), model::size, this::show, this::clientLeft);
            client = Optional.of(session);
            return session;
        });
        this.window = Surface.open(env, config.position(), config.gui());
        resize(configured.orElseGet(window::wanted));

        InputSession windowInput = window.input();
        input = new InputReader(windowInput);
        windowInput.sigh(env.ep().handler(this::onInput));
        window.modeSigh(env.ep().handler(this::onMode));
        window.syncSigh(env.ep().handler(this::onSync));
        blinkTimer = env.session(TimerSession.class, "blink");
        blinkTimer.sigh(env.ep().handler(this::onBlink));
        blinkTimer.triggerPeriodic(BLINK_US);
        screenReport = config.reportScreen() ? Optional.of(new Reporter(env, "screen")) : Optional.empty();
    }

    private TerminalSession.Size cells(Mode m) {
        return new TerminalSession.Size(Math.max(1, m.width() / font.cellWidth()), Math.max(1, m.height() / font.cellHeight()));
    }

    /**
     * The screen, or the window a window manager gives the terminal, has a new size. A window manager's
     * 0x0 asks to close the window (Genode 15.11): the terminal ends, and with it its client's session.
     */
    private void onMode() {
        Mode wanted = window.wanted();
        if (!wanted.area().empty()) {
            resize(wanted);
            return;
        }
        env.log().info("window closed; closing");
        env.exit(0);
    }

    private void resize(Mode m) {
        if (m.width() == 0 || m.height() == 0 || m.equals(window.mode())) return;
        window.resize(m);
        TerminalSession.Size size = cells(window.mode());
        if (!size.equals(model.size())) {
            model.resize(size);
            scroll = 0;
            client.ifPresent(TerminalSessionComponent::sizeChanged);
        }
        view.invalidate();
        dirty = true;
    }

    /** The client's output. */
    private void show(ByteBuffer io, int length) {
        if (scratch.length < length) scratch = new byte[length];
        io.get(0, scratch, 0, length);
        model.feed(scratch, 0, length);
        scroll = Math.min(scroll, model.historySize());
        // after an idle spell the echo of a key is drawn at once, not a frame later; a flood of output is
        // drawn once a frame, on the sync
        if (!drawnThisFrame) drawnThisFrame = draw();
    }

    /** Input for the client's program: keys, pastes, the emulator's replies. Dropped while no client is connected. */
    private void type(byte[] bytes) { client.ifPresent(c -> c.type(bytes)); }

    private void clientLeft() {
        client = Optional.empty();
        env.log().info("client left; closing");
        env.exit(0);
    }

    private void onSync() { drawnThisFrame = draw(); }

    /** Draws what changed, if anything did; whether it did. */
    private boolean draw() {
        long changes = model.changes();
        if (!dirty && changes == paintedChanges) return false;
        String title = model.title().isEmpty() ? config.title() : model.title();
        window.title(title);
        ScreenView.CursorState cursor = new ScreenView.CursorState(new Cursor.Look(config.cursor(), config.blink()), focused, blinkOn);
        Rect drawn = view.paint(window.pixels(), window.mode(), model, scroll, selection, cursor);
        if (!drawn.empty()) window.refresh(drawn);
        paintedChanges = changes;
        dirty = false;
        screenReport.ifPresent(r -> r.report(ScreenReport.of(model, title, scroll)));
        return true;
    }

    private void onBlink() {
        blinkOn = !blinkOn;
        dirty = true;
    }

    private void onInput() {
        input.drain(this::handle);
    }

    private void handle(InputEvent e) {
        switch (e) {
            case InputEvent.Press(int code) when Keycodes.isPointerButton(code) -> button(code, true);
            case InputEvent.Release(int code) when Keycodes.isPointerButton(code) -> button(code, false);
            case InputEvent.Press(int code) -> key(code);
            case InputEvent.Release(int code) -> {
                modifiers.track(code, false);
                swallowCharacters = false; // a key's characters come between its press and its release
            }
            case InputEvent.Character(int codepoint) -> character(codepoint);
            case InputEvent.AbsoluteMotion(int x, int y) -> motion(x, y);
            case InputEvent.Wheel(int _, int dy) -> wheel(dy);
            case InputEvent.Focus(boolean gained) -> {
                focused = gained;
                if (!gained) modifiers.releaseAll();
                dirty = true;
            }
            case InputEvent.RelativeMotion _, InputEvent.Touch _, InputEvent.TouchRelease _, InputEvent.Leave _ -> { }
        }
    }

    private void key(int code) {
        if (modifiers.track(code, true)) return;
        swallowCharacters = true;
        boolean shift = modifiers.shift(), ctrl = modifiers.ctrl();
        int page = Math.max(1, model.size().lines() - 1);
        if (shift && !ctrl && code == Keycodes.KEY_PAGEUP) scrollBy(page);
        else if (shift && !ctrl && code == Keycodes.KEY_PAGEDOWN) scrollBy(-page);
        else if ((shift && !ctrl && code == Keycodes.KEY_INSERT) || (shift && ctrl && code == Keycodes.KEY_V)) paste(clipboard);
        else if (shift && ctrl && code == Keycodes.KEY_C) selection.ifPresent(s -> clipboard = s.text(model));
        else {
            Optional<byte[]> bytes = KeyEncoder.encode(code, modifiers, model.modes());
            bytes.ifPresent(this::send);
            swallowCharacters = bytes.isPresent();
        }
    }

    private void character(int codepoint) {
        if (swallowCharacters) return;
        String text = Character.toString(codepoint);
        send(((modifiers.alt() ? "\u001b" : "") + text).getBytes(StandardCharsets.UTF_8));
    }

    /** What the user typed: the view returns to the live screen and the cursor shows. */
    private void send(byte[] bytes) {
        type(bytes);
        scroll = 0;
        blinkOn = true;
        dirty = true;
    }

    private void paste(String text) {
        if (text.isEmpty()) return;
        String body = text.replace("\r\n", "\r").replace('\n', '\r');
        // inside brackets, a pasted ESC could end the bracket early and type commands: drop it
        if (model.modes().bracketedPaste()) body = "\u001b[200~" + body.replace("\u001b", "") + "\u001b[201~";
        send(body.getBytes(StandardCharsets.UTF_8));
    }

    private void scrollBy(int lines) {
        scroll = Math.max(0, Math.min(model.historySize(), scroll + lines));
        dirty = true;
    }

    private void wheel(int steps) {
        if (model.alternateScreen()) { // a full-screen program scrolls itself: send it arrows
            int code = steps > 0 ? Keycodes.KEY_UP : Keycodes.KEY_DOWN;
            for (int i = 0; i < Math.abs(steps) * WHEEL_LINES; i++) KeyEncoder.encode(code, new Modifiers(), model.modes()).ifPresent(this::type);
        } else {
            scrollBy(steps * WHEEL_LINES);
        }
    }

    private Selection.Position cellAt(int x, int y) {
        TerminalSession.Size size = model.size();
        int column = Math.max(0, Math.min(size.columns() - 1, (x - window.position().x()) / font.cellWidth()));
        int row = Math.max(0, Math.min(size.lines() - 1, (y - window.position().y()) / font.cellHeight()));
        return new Selection.Position(model.historySize() + row - scroll, column);
    }

    private void button(int code, boolean pressed) {
        if (code == Keycodes.BTN_LEFT && pressed) {
            Selection.Position at = cellAt(pointerX, pointerY);
            selection = Optional.of(new Selection(at, at));
            selecting = true;
        } else if (code == Keycodes.BTN_LEFT) {
            selecting = false;
            if (selection.isPresent() && selection.get().empty()) selection = Optional.empty();
            selection.ifPresent(s -> clipboard = s.text(model));
        } else if (code == Keycodes.BTN_MIDDLE && pressed) {
            paste(clipboard);
        }
        dirty = true;
    }

    private void motion(int x, int y) {
        pointerX = x;
        pointerY = y;
        if (selecting && selection.isPresent()) {
            selection = Optional.of(new Selection(selection.get().anchor(), cellAt(x, y)));
            dirty = true;
        }
    }
}
