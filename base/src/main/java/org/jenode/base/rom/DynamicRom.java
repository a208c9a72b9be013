package org.jenode.base.rom;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.Labels;
import org.jenode.base.ServiceDeniedException;
import org.jenode.base.SessionRequest;
import org.jenode.base.timer.TimerSession;
import org.jenode.base.xml.XmlNode;

/**
 * {@code dynamic_rom}, as in Genode: serves ROM modules whose content changes over time by a script in
 * the config, for demos and tests of components that must follow a changing ROM. Each {@code <rom>}
 * plays its steps in order, starting when its first reader connects, and starts over after the last:
 *
 * <pre>{@code
 * <config>
 *   <rom name="fb.config">
 *     <inline> <config width="1024" height="768"/> </inline>
 *     <sleep milliseconds="3000"/>
 *     <inline> <config width="800" height="600"/> </inline>
 *     <sleep milliseconds="3000"/>
 *     <empty/>
 *   </rom>
 * </config>
 * }</pre>
 *
 * A reader is matched by the last element of its session label (the module name). A script without
 * any sleep stops after one pass rather than spinning.
 */
public final class DynamicRom implements Component {

    private final Env env;
    private final Map<String, Script> scripts = new HashMap<>();

    public DynamicRom(Env env) {
        this.env = env;
        for (XmlNode rom : env.config().xml().children("rom")) {
            String name = rom.required("name");
            for (XmlNode step : rom.children()) {
                if (!step.is("inline") && !step.is("empty") && !step.is("sleep")) {
                    throw step.error("dynamic_rom: unknown step <" + step.type() + "> (inline, empty, sleep)");
                }
                if (step.is("sleep") && step.longAttribute("milliseconds", 0) <= 0) throw step.error("sleep needs milliseconds > 0");
            }
            scripts.put(name, new Script(new RomModule(name), rom.children()));
        }
        env.announce(RomSession.class, this::open);
    }

    private RomSession open(SessionRequest<RomSession> request) {
        Script script = scripts.get(Labels.last(request.label()));
        if (script == null) throw new ServiceDeniedException("dynamic_rom: no <rom> for label '" + request.label() + "'");
        script.start();
        return script.module.session();
    }

    /** One ROM module and the steps that change it. */
    private final class Script {

        private final RomModule module;
        private final List<XmlNode> steps;
        private TimerSession timer;
        private int next;

        Script(RomModule module, List<XmlNode> steps) {
            this.module = module;
            this.steps = steps;
        }

        void start() {
            if (timer != null) return;
            timer = env.session(TimerSession.class, module.name());
            timer.sigh(env.ep().handler(this::play));
            play();
        }

        /**
         * Applies steps up to the next sleep, then waits for the timer. At most one round: a script
         * without a sleep is played once and, with no timer armed, never again.
         */
        private void play() {
            boolean slept = false;
            for (int done = 0; done < steps.size() && !slept; done++) {
                XmlNode step = steps.get(next);
                next = (next + 1) % steps.size();
                switch (step.type()) {
                    case "inline" -> module.set(content(step));
                    case "empty" -> module.clear();
                    default -> {
                        timer.triggerOnce(step.longAttribute("milliseconds", 0) * 1000);
                        slept = true;
                    }
                }
            }
        }

        private static String content(XmlNode inline) {
            return inline.children().isEmpty() ? inline.text() : inline.children().get(0).toLocatedXml();
        }
    }
}
