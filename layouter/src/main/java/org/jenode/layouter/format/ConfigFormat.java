package org.jenode.layouter.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jenode.base.xml.XmlNode;
import org.jenode.input.Keycodes;
import org.jenode.layouter.model.KeyAction;
import org.jenode.layouter.model.KeyBinding;
import org.jenode.layouter.model.LayouterConfig;
import org.jenode.layouter.model.Rule;

/**
 * The layouter's config: {@code rules="rom"}, {@code <report rules/>}, {@code <rules>},
 * {@code <policy label.. xpos ypos maximized/>} (Genode 16.02) and nested {@code <press key action>}
 * and {@code <release key action>} sequences. Keys are named as in {@link Keycodes} ({@code KEY_TAB});
 * Genode's later spelling {@code name} works as well as its 16.02 {@code key}.
 */
public final class ConfigFormat {

    private ConfigFormat() { }

    public static LayouterConfig parse(XmlNode config) {
        List<Rule> policies = config.children("policy").stream().map(RulesFormat::rule).toList();
        boolean reportRules = config.child("report").map(r -> r.boolAttribute("rules", false)).orElse(false);
        boolean fromRom = switch (config.attribute("rules", "config")) {
            case "rom" -> true;
            case "config" -> false;
            default -> throw config.error("attribute rules=\"" + config.attribute("rules", "") + "\" is neither rom nor config");
        };
        List<Rule> rules = config.child("rules").flatMap(RulesFormat::parse).orElse(List.of());
        return new LayouterConfig(policies, bindings(config), reportRules, fromRom, rules);
    }

    private static List<KeyBinding> bindings(XmlNode node) {
        List<KeyBinding> bindings = new ArrayList<>();
        for (XmlNode child : node.children()) {
            if (!child.is("press") && !child.is("release")) continue;
            String name = child.attribute("key").or(() -> child.attribute("name"))
                    .orElseThrow(() -> child.error("missing attribute 'key'"));
            int code = Keycodes.code(name);
            if (code == Keycodes.KEY_UNKNOWN) throw child.error("unknown key '" + name + "'");
            Optional<KeyAction> action = child.attribute("action").map(a -> KeyAction.named(a)
                    .orElseThrow(() -> child.error("unknown action '" + a + "'")));
            bindings.add(new KeyBinding(new KeyBinding.Stroke(child.is("press"), code), action, bindings(child)));
        }
        return bindings;
    }
}
