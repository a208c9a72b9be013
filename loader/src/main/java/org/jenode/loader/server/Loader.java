package org.jenode.loader.server;

import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.parent.Children;
import org.jenode.base.xml.XmlNode;
import org.jenode.loader.Isolation;
import org.jenode.loader.LoaderSession;

/**
 * The loader component: serves Loader sessions, each a {@link Subsystem} paid by its client. Config:
 * {@code <config isolation="thread|process"/>}, the isolation of subsystems whose session does not
 * ask for one. The loader fronts each subsystem's RAM and GUI sessions from its own quantum (charging
 * the client the same), so its quantum bounds what its clients can run at once.
 */
public final class Loader implements Component {

    private final ControlGui control;

    public Loader(Env env, Children children) {
        XmlNode config = env.config().xml();
        String asked = config.attribute("isolation", Isolation.THREAD.attribute());
        Isolation fallback = Isolation.parse(asked).orElseGet(() -> {
            env.log().warn("{}: isolation=\"{}\" is neither \"thread\" nor \"process\"; using thread", config.location(), asked);
            return Isolation.THREAD;
        });
        IsolationChoice isolations = new IsolationChoice(fallback, env.log());
        this.control = new ControlGui(env);
        env.announce(LoaderSession.class, request -> new Subsystem(env, children, request, isolations, control));
    }

    @Override public void close() { control.close(); }
}
