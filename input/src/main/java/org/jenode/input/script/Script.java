package org.jenode.input.script;

import java.util.ArrayList;
import java.util.List;
import org.jenode.base.xml.XmlNode;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;
import org.jenode.input.calibration.Affine;

/**
 * A parsed script: events to emit and pauses between them. Parsing is strict, because a typo in a test
 * script that silently drops an event makes for a very confusing test.
 */
record Script(List<Step> steps, boolean loop) {

    /** One step of a script: emit an event, or wait. */
    sealed interface Step permits Emit, Sleep { }

    record Emit(InputEvent event) implements Step { }

    record Sleep(long ms) implements Step { }

    static Script parse(XmlNode config) {
        Affine calibration = Affine.fromConfig(config);
        List<Step> steps = new ArrayList<>();
        for (XmlNode node : config.children()) {
            switch (node.type()) {
                case "calibration" -> { } // read above; applies to every touch
                case "press" -> steps.add(new Emit(new InputEvent.Press(key(node))));
                case "release" -> steps.add(new Emit(new InputEvent.Release(key(node))));
                case "motion" -> steps.add(new Emit(new InputEvent.AbsoluteMotion(num(node, "x"), num(node, "y"))));
                case "rel" -> steps.add(new Emit(new InputEvent.RelativeMotion(node.intAttribute("dx", 0),
                        node.intAttribute("dy", 0))));
                case "wheel" -> steps.add(new Emit(new InputEvent.Wheel(node.intAttribute("dx", 0),
                        node.intAttribute("dy", 0))));
                case "touch" -> steps.add(new Emit(calibration.apply(new InputEvent.Touch(node.intAttribute("id", 0),
                        num(node, "x"), num(node, "y")))));
                case "touch-release" -> steps.add(new Emit(new InputEvent.TouchRelease(node.intAttribute("id", 0))));
                case "char" -> steps.add(new Emit(new InputEvent.Character(character(node))));
                case "focus" -> steps.add(new Emit(new InputEvent.Focus(node.boolAttribute("gained", true))));
                case "leave" -> steps.add(new Emit(new InputEvent.Leave()));
                case "sleep" -> {
                    long ms = node.longAttribute("ms", -1);
                    if (ms < 0) throw node.error("<sleep> needs ms=\"<milliseconds>\" (not negative)");
                    steps.add(new Sleep(ms));
                }
                default -> throw node.error("unknown script element <" + node.type() + ">");
            }
        }
        return new Script(List.copyOf(steps), config.boolAttribute("loop", false));
    }

    private static int key(XmlNode node) {
        String name = node.required("key");
        int code = Keycodes.code(name);
        if (code == Keycodes.KEY_UNKNOWN && !name.equals("KEY_UNKNOWN")) {
            throw node.error("unknown key '" + name + "'");
        }
        return code;
    }

    private static int num(XmlNode node, String attribute) {
        node.required(attribute);
        return node.intAttribute(attribute, 0);
    }

    private static int character(XmlNode node) {
        if (node.has("code")) {
            int cp = node.intAttribute("code", 0);
            if (!java.lang.Character.isValidCodePoint(cp)) throw node.error("code=\"" + cp + "\" is no code point");
            return cp;
        }
        String text = node.required("text");
        if (text.codePointCount(0, text.length()) != 1) throw node.error("text=\"" + text + "\" is not one character");
        return text.codePointAt(0);
    }
}
