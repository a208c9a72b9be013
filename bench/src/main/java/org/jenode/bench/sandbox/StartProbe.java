package org.jenode.bench.sandbox;

import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.report.Reporter;
import org.jenode.base.xml.XmlNode;

/** {@code start_probe}: reports {@code <started/>} as soon as it runs, and stays, so that its memory can be read. */
final class StartProbe implements Component {

    private final Reporter reporter;

    StartProbe(Env env) {
        this.reporter = new Reporter(env, "started");
        reporter.report(XmlNode.builder("started").build());
    }
}
