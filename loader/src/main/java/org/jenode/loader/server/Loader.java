package org.jenode.loader.server;

import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.parent.Children;
import org.jenode.base.xml.XmlNode;
import org.jenode.loader.Isolation;
import org.jenode.loader.LoaderSession;

/**
 * The loader component: serves Loader sessions, each a {@link Subsystem} paid by its client. Config:
 * {@code <config isolation="process|thread"/>}, the isolation of subsystems whose session does not
 * ask for one (process by default). The loader fronts each subsystem's RAM and GUI sessions from its own quantum (charging
 * the client the same), so its quantum bounds what its clients can run at once.
 */
public final class Loader implements Component {

    private final ControlGui control;

    public Loader(Env env, Children children) {
        XmlNode config = env.config().xml();
        String asked = config.attribute("isolation", Isolation.PROCESS.attribute());
        Isolation fallback = Isolation.parse(asked).orElseGet(() -> {
            env.log().warn("{}: isolation=\"{}\" is neither \"thread\" nor \"process\"; using process", config.location(), asked);
            return Isolation.PROCESS;
        });
        IsolationChoice isolations = new IsolationChoice(fallback);
        shareMemory(env);
        this.control = new ControlGui(env);
        env.announce(LoaderSession.class, request -> new Subsystem(env, children, request, isolations, control));
    }

    /**
     * The loader pays nitpicker for its subsystems' GUI sessions from its own RAM (fronting them), so the
     * pixels of a subsystem in a process of its own are the loader's memory: it must be memory that
     * process can map.
     */
    private static void shareMemory(Env env) {
        try {
            env.ram().shareAcrossProcesses();
        } catch (UnsupportedOperationException e) {
            env.log().warn("subsystems in processes of their own will have no pixels: {}", e.getMessage());
        }
    }

    @Override public void close() { control.close(); }
}
