package org.jenode.decorator;

import java.util.List;
import java.util.Optional;
import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.ServiceDeniedException;
import org.jenode.base.geometry.Rect;
import org.jenode.base.report.Reporter;
import org.jenode.base.rom.AttachedRom;
import org.jenode.base.xml.XmlException;
import org.jenode.base.xml.XmlNode;
import org.jenode.decorator.motif.MotifRenderer;
import org.jenode.decorator.themed.ThemeException;

/**
 * {@code decorator} and {@code themed_decorator}: draws the frames of the windows in ROM
 * {@code window_layout}, reports {@code hover} from ROM {@code pointer} and the frame's
 * {@code decorator_margins}. A ROM or config change only notes work; drawing happens on nitpicker's
 * sync: model update, animation step, the dirty areas drawn, the views updated, refresh.
 */
public final class Decorator implements Component {

    private final Env env;
    private final RendererKind binaryDefault;
    private final Looks looks;
    private final DecorScreen screen;
    private final WindowStack stack;
    private final AttachedRom layout;
    private final Optional<AttachedRom> pointerRom;
    private final Reporter hoverReport;
    private final Reporter marginsReport;
    private DecoratorConfig config;
    private boolean layoutPending = true;
    private boolean remodePending;
    private Pointer pointer = Pointer.AWAY;
    private Hover hover;

    public Decorator(Env env, RendererKind binaryDefault) {
        this.env = env;
        this.binaryDefault = binaryDefault;
        this.looks = new Looks(env, env.ep().handler(this::themeChanged));
        this.config = initialConfig();
        Renderer renderer = initialRenderer();
        this.screen = new DecorScreen(env);
        this.stack = new WindowStack(id -> new WindowViews(screen, id), renderer, config.policy());
        this.hoverReport = new Reporter(env, "hover");
        this.marginsReport = new Reporter(env, "decorator_margins");
        reportMargins();
        this.layout = new AttachedRom(env, "window_layout");
        layout.sigh(env.ep().handler(() -> layoutPending = true));
        this.pointerRom = openPointer();
        pointerRom.ifPresent(rom -> rom.sigh(env.ep().handler(this::pointerChanged)));
        env.config().sigh(env.ep().handler(this::configChanged));
        screen.onModeChange(env.ep().handler(() -> remodePending = true));
        screen.onSync(env.ep().handler(this::frame));
        pointerChanged();
    }

    private DecoratorConfig initialConfig() {
        try {
            return DecoratorConfig.parse(env.config().xml(), binaryDefault);
        } catch (XmlException e) {
            env.log().error("{}; starting with the defaults", e.getMessage());
            return DecoratorConfig.parse(XmlNode.builder("config").build(), binaryDefault);
        }
    }

    /** The config's look, or the built-in one if its theme cannot be read. */
    private Renderer initialRenderer() {
        try {
            return looks.load(config);
        } catch (ThemeException | XmlException e) {
            env.log().error("theme '{}': {}; drawing the motif look instead", config.theme(), e.getMessage());
            return new MotifRenderer();
        }
    }

    private Optional<AttachedRom> openPointer() {
        try {
            return Optional.of(new AttachedRom(env, "pointer"));
        } catch (ServiceDeniedException e) {
            env.log().info("no pointer ROM ({}): no hover reports", e.getMessage());
            return Optional.empty();
        }
    }

    private void configChanged() {
        env.config().update();
        DecoratorConfig next;
        try {
            next = DecoratorConfig.parse(env.config().xml(), binaryDefault);
        } catch (XmlException e) {
            env.log().error("{}; keeping the running config", e.getMessage());
            return;
        }
        if (next.sameLook(config)) {
            config = next;
            stack.restyle(stack.renderer(), next.policy());
        } else if (switchLook(next)) {
            config = next;
        }
    }

    /** A theme's ROM changed: the same theme is read again. */
    private void themeChanged() { switchLook(config); }

    private boolean switchLook(DecoratorConfig next) {
        Renderer renderer;
        try {
            renderer = looks.load(next);
        } catch (ThemeException | XmlException e) {
            env.log().error("theme '{}': {}; keeping the current look", next.theme(), e.getMessage());
            return false;
        }
        stack.restyle(renderer, next.policy());
        reportMargins();
        return true;
    }

    private void reportMargins() {
        marginsReport.report(XmlNode.builder("decorator_margins").child(stack.renderer().frame().toXml("floating")).build());
    }

    private void pointerChanged() {
        pointerRom.ifPresent(rom -> {
            rom.update();
            try {
                pointer = rom.validXml().map(Pointer::parse).orElse(Pointer.AWAY);
            } catch (XmlException e) {
                env.log().error("{}; keeping the last pointer position", e.getMessage());
            }
        });
        updateHover();
    }

    /** Reports what the pointer is over, only when that changed. */
    private void updateHover() {
        Hover now = pointer.position().map(stack::hover).orElse(Hover.NONE);
        if (now.equals(hover)) return;
        hover = now;
        hoverReport.report(now.toXml());
    }

    private void applyLayout() {
        layout.update();
        if (!layout.valid()) return;
        try {
            // an empty module is no windows: Genode's decorator.run starts and ends its script with one
            XmlNode xml = layout.xml();
            stack.update(xml.is("empty") ? new WindowLayout(List.of()) : WindowLayout.parse(xml));
        } catch (XmlException e) {
            env.log().error("{}; keeping the last good layout", e.getMessage());
        }
    }

    /** One nitpicker sync: all the work that ROM and config changes noted, drawn before it is shown. */
    private void frame() {
        if (remodePending) {
            remodePending = false;
            screen.buffer();
            stack.dirtyAll(screen.area());
        }
        if (layoutPending) {
            layoutPending = false;
            applyLayout();
            updateHover();
        }
        stack.animate();
        if (!stack.busy()) return;
        List<Rect> drawn = stack.draw(screen.canvas(), screen.area());
        drawn.forEach(screen::updateInputMask);
        stack.updateViews(screen.commands());
        screen.commands().execute();
        drawn.forEach(screen::refresh);
    }
}
