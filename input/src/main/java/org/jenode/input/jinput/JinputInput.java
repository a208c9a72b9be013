package org.jenode.input.jinput;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.games.input.Component.Identifier;
import net.java.games.input.Controller;
import net.java.games.input.ControllerEnvironment;
import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.timer.TimerSession;
import org.jenode.base.xml.XmlNode;
import org.jenode.input.InputEvent;
import org.jenode.input.InputSession;
import org.jenode.input.InputSlot;
import org.jenode.input.Keycodes;

/**
 * {@code input_jinput}: game controllers and joysticks through JInput. Polls every controller each
 * {@code poll_ms}, turns button changes into {@code Press}/{@code Release} of {@code BTN_*} codes and the
 * X/Y axes into relative or absolute motion, and serves them as one Input session at a time.
 *
 * <p>Without devices (or without JInput's native library) it logs "no controllers" and keeps serving an
 * Input session that simply never has events: a missing joystick is no reason to break a scenario.
 */
public final class JinputInput implements Component {

    enum AxisMode { RELATIVE, ABSOLUTE }

    private final Env env;
    private final List<Controller> controllers;
    private final Map<net.java.games.input.Component, Float> last = new HashMap<>();
    private final AxisMode axisMode;
    private final float deadzone;
    private final int speed, width, height;
    private TimerSession timer;
    private final InputSlot client;
    private int absX, absY;

    public JinputInput(Env env) {
        this.env = env;
        XmlNode config = env.config().xml();
        String axes = config.attribute("axes", "relative");
        this.axisMode = switch (axes) {
            case "relative" -> AxisMode.RELATIVE;
            case "absolute" -> AxisMode.ABSOLUTE;
            default -> throw config.error("axes=\"" + axes + "\" is neither relative nor absolute");
        };
        this.deadzone = (float) config.doubleAttribute("deadzone", 0.15);
        this.speed = config.intAttribute("speed", 10);
        this.width = config.intAttribute("width", 1024);
        this.height = config.intAttribute("height", 768);
        int pollMs = config.intAttribute("poll_ms", 16);
        if (pollMs <= 0) throw config.error("poll_ms must be positive");

        this.controllers = discover(config.attribute("natives"));
        this.client = new InputSlot(env.log(), "input_jinput");
        env.announce(InputSession.class, client::open);
        if (controllers.isEmpty()) {
            env.log().info("no controllers");
            return;
        }
        controllers.forEach(c -> env.log().info("controller '{}' ({})", c.getName(), c.getType()));
        timer = env.session(TimerSession.class, "poll");
        timer.sigh(env.ep().handler(this::poll));
        timer.triggerPeriodic(pollMs * 1000L);
    }

    private List<Controller> discover(Optional<String> natives) {
        try {
            Optional<java.nio.file.Path> dir = JinputNatives.locate(natives);
            if (dir.isEmpty()) {
                env.log().warn("{} is neither in natives=\"{}\" nor in the input module",
                        JinputNatives.LIBRARY, natives.orElse(""));
                return List.of();
            }
            // JInput reads this process-wide property once, when its environment is first created.
            if (System.getProperty(JinputNatives.PROPERTY) == null) {
                System.setProperty(JinputNatives.PROPERTY, dir.get().toString());
            }
            List<Controller> found = new ArrayList<>();
            for (Controller c : ControllerEnvironment.getDefaultEnvironment().getControllers()) {
                Controller.Type t = c.getType();
                if (t == Controller.Type.GAMEPAD || t == Controller.Type.STICK || t == Controller.Type.WHEEL
                        || t == Controller.Type.FINGERSTICK) {
                    found.add(c);
                }
            }
            return found;
        } catch (IOException | LinkageError | RuntimeException e) {
            // No native library for this platform, or no device nodes: treat as no controllers.
            env.log().warn("JInput unavailable: {}", e.toString());
            return List.of();
        }
    }

    private void poll() {
        List<InputEvent> events = new ArrayList<>();
        for (Controller c : controllers) {
            if (!c.poll()) continue; // unplugged; JInput does not re-enumerate, so it stays silent
            int dx = 0, dy = 0;
            for (net.java.games.input.Component part : c.getComponents()) {
                float value = part.getPollData();
                Float before = last.put(part, value);
                Identifier id = part.getIdentifier();
                if (id instanceof Identifier.Button) {
                    boolean down = value >= 0.5f, wasDown = before != null && before >= 0.5f;
                    int code = ButtonMap.code(id);
                    if (down != wasDown && code != Keycodes.KEY_UNKNOWN) {
                        events.add(down ? new InputEvent.Press(code) : new InputEvent.Release(code));
                    }
                } else if (id == Identifier.Axis.X || id == Identifier.Axis.Y) {
                    float v = Math.abs(value) < deadzone ? 0 : value;
                    if (axisMode == AxisMode.RELATIVE) {
                        // A stick held off centre keeps moving the pointer, like a mouse that keeps sliding.
                        int step = Math.round(v * speed);
                        if (id == Identifier.Axis.X) dx += step; else dy += step;
                    } else if (before == null || before != value) {
                        if (id == Identifier.Axis.X) absX = Math.round((v + 1) / 2 * (width - 1));
                        else absY = Math.round((v + 1) / 2 * (height - 1));
                        events.add(new InputEvent.AbsoluteMotion(absX, absY));
                    }
                } else if (id == Identifier.Axis.POV) {
                    pov(before == null ? 0 : before, value, events);
                }
            }
            if (dx != 0 || dy != 0) events.add(new InputEvent.RelativeMotion(dx, dy));
        }
        events.forEach(client::submit);
    }

    /** The hat switch as the four d-pad buttons. */
    private static void pov(float before, float now, List<InputEvent> events) {
        int[] codes = {Keycodes.BTN_DPAD_UP, Keycodes.BTN_DPAD_RIGHT, Keycodes.BTN_DPAD_DOWN, Keycodes.BTN_DPAD_LEFT};
        for (int i = 0; i < 4; i++) {
            boolean was = hat(before, i), is = hat(now, i);
            if (was != is) events.add(is ? new InputEvent.Press(codes[i]) : new InputEvent.Release(codes[i]));
        }
    }

    /** JInput's POV values: 0.125 up-left ... 1.0 left in steps of 1/8; direction 0..3 = up, right, down, left. */
    private static boolean hat(float pov, int direction) {
        if (pov == 0) return false;
        int octant = Math.round(pov * 8) % 8; // 0 = left, 1 = up-left, 2 = up, 3 = up-right, 4 = right, ...
        int centre = (direction * 2 + 2) % 8;
        int diff = Math.abs(octant - centre);
        return Math.min(diff, 8 - diff) <= 1;
    }

    @Override public void close() {
        if (timer != null) timer.triggerPeriodic(0);
    }
}
