package org.jenode.base.testing;

import java.nio.file.Path;
import org.jenode.base.Binary;
import org.jenode.base.core.Binaries;
import org.jenode.base.core.Core;
import org.jenode.base.core.Scenario;

/** Starts a scenario written inline in a test. Close the returned core at the end of the test. */
public final class TestScenario {

    private TestScenario() { }

    /** {@code initConfig} is the body of init's {@code <config>}; ROMs come as extra scenario nodes. */
    public static Core start(String scenarioXml, Binary... extra) {
        Scenario scenario = Scenario.parse(scenarioXml, "test scenario", Path.of("."));
        return new Core(scenario, Binaries.discover().with(extra)).start();
    }

    /** A scenario whose init routes everything to the parent or an unambiguous child. */
    public static String withDefaults(String starts) {
        return """
            <scenario ram="256M">
              <config>
                <parent-provides> <service name="ROM"/> <service name="Timer"/> <service name="Report"/> </parent-provides>
                <default-route> <any-service> <parent/> <any-child/> </any-service> </default-route>
            """ + starts + """
              </config>
            </scenario>
            """;
    }
}
