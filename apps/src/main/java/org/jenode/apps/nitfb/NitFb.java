package org.jenode.apps.nitfb;

import org.jenode.apps.common.GuiBuffer;
import org.jenode.base.Component;
import org.jenode.base.Dataspace;
import org.jenode.base.Env;
import org.jenode.base.ServiceDeniedException;
import org.jenode.base.SessionRequest;
import org.jenode.base.SignalHandler;
import org.jenode.base.geometry.Rect;
import org.jenode.base.xml.XmlException;
import org.jenode.framebuffer.FramebufferSession;
import org.jenode.framebuffer.Mode;
import org.jenode.input.InputReader;
import org.jenode.input.InputSession;
import org.jenode.input.InputSlot;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.CommandQueue;
import org.jenode.nitpicker.ViewHandle;

/**
 * {@code nit_fb}: one Framebuffer and one Input session backed by one nitpicker view, as Genode's nit_fb
 * (14.08): the client's pixels are this session's nitpicker buffer, handed over as is; the view sits at
 * the config's {@code xpos}/{@code ypos}, as large as its {@code width}/{@code height} or, without them,
 * as nitpicker's screen, and follows both live with the Framebuffer mode handshake. What nitpicker routes
 * to the view reaches the client relative to it and clamped to its screen. A nitpicker inside nit_fb is
 * how one desktop shows inside another. The buffer is paid from nit_fb's own RAM, as Genode's was.
 */
public final class NitFb implements Component {

    private static final Mode NONE = new Mode(0, 0);

    private final Env env;
    private final String binary;
    private final Placement defaults;
    private final GuiBuffer gui;
    /** The nitpicker session's own framebuffer: refreshes and sync go there. */
    private final FramebufferSession screen;
    private final CommandQueue commands;
    private final ViewHandle view;
    private final InputReader nitpickerInput;
    private final InputSlot input;
    private Placement placement;
    /** The mode the client's next {@code dataspace()} has. */
    private Mode next;
    /** The mode of the buffer the client holds; 0x0 before its first {@code dataspace()}. */
    private Mode active = NONE;
    /** A new buffer: the view shows it from the client's next refresh, not empty before. */
    private boolean viewStale;
    private Client client;

    public NitFb(Env env) { this(env, "nit_fb", Placement.NIT_FB, "nit_fb"); }

    /** A nit_fb under another binary's name, with that binary's placement and view title. */
    NitFb(Env env, String binary, Placement defaults, String title) {
        this.env = env;
        this.binary = binary;
        this.defaults = defaults;
        this.placement = defaults.with(env.config().xml());
        this.gui = new GuiBuffer(env, "", new Mode(0, 0), false);
        this.screen = gui.session().framebuffer();
        this.commands = gui.commands();
        this.view = gui.createView(ViewHandle.NONE);
        commands.enqueue(new Command.Title(view, title)).execute();
        this.next = placement.mode(gui.screen());
        InputSession guiInput = gui.session().input();
        this.nitpickerInput = new InputReader(guiInput);
        this.input = new InputSlot(env.log(), binary);
        guiInput.sigh(env.ep().handler(this::onInput));
        gui.session().modeSigh(env.ep().handler(this::onScreenMode));
        env.config().sigh(env.ep().handler(this::onConfig));
        env.announce(FramebufferSession.class, this::openFramebuffer);
        env.announce(InputSession.class, input::open);
        env.log().info("{} at {} {}", binary, placement.position(), next);
    }

    private void onConfig() {
        env.config().update();
        try {
            placement = defaults.with(env.config().xml());
        } catch (XmlException e) {
            // a typo in a live config must not take the client's screen away: keep what runs
            env.log().error("config rejected, keeping the previous one: {}", e.getMessage());
            return;
        }
        offer(placement.mode(gui.screen()));
        if (!active.equals(NONE)) placeView();
    }

    private void onScreenMode() {
        if (placement.followsScreen()) offer(placement.mode(gui.screen()));
    }

    /** The virtual screen is to have {@code mode}: the client hears of it and switches with its next dataspace(). */
    private void offer(Mode mode) {
        if (mode.equals(next)) return;
        next = mode;
        if (client != null && client.modeSigh != null) client.modeSigh.submit();
    }

    private void onInput() {
        InputTranslation translation = new InputTranslation(placement.position(), active.area());
        nitpickerInput.drain(e -> input.submit(translation.apply(e)));
    }

    private void placeView() {
        commands.enqueue(new Command.Geometry(view, Rect.of(placement.position(), active.area())))
                .enqueue(new Command.ToFront(view, ViewHandle.NONE)).execute();
    }

    private FramebufferSession openFramebuffer(SessionRequest<FramebufferSession> request) {
        // one view, one owner: two clients painting into one buffer would see each other's pixels
        if (client != null) throw new ServiceDeniedException(binary + " serves one Framebuffer session at a time");
        client = new Client();
        return client;
    }

    /** The Framebuffer session of the one client, on nitpicker's buffer. */
    private final class Client implements FramebufferSession {
        SignalHandler modeSigh;

        @Override public Mode mode() { return next; }

        @Override public Dataspace dataspace() {
            if (!next.equals(active)) {
                gui.resize(next, false);
                active = next;
                viewStale = true;
            }
            return gui.dataspace();
        }

        @Override public void refresh(Rect area) {
            if (viewStale) {
                placeView();
                viewStale = false;
            }
            // what lies outside the client's screen is no business of nitpicker's
            Rect shown = area.intersection(Rect.of(active.area()));
            if (!shown.empty()) screen.refresh(shown);
        }

        @Override public void modeSigh(SignalHandler handler) {
            modeSigh = handler;
            // a change that came before the client asked to hear of it must not get lost
            if (handler != null && !active.equals(NONE) && !next.equals(active)) handler.submit();
        }

        @Override public void syncSigh(SignalHandler handler) { screen.syncSigh(handler); }

        @Override public void close() {
            if (client != this) return;
            client = null;
            screen.syncSigh(SignalHandler.NONE);
        }
    }
}
