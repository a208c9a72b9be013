package org.jenode.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jenode.base.core.Core;
import org.jenode.base.testing.Await;
import org.jenode.base.testing.LogCapture;
import org.jenode.base.testing.Probe;
import org.jenode.base.testing.TestScenario;
import org.jenode.base.timer.TimerSession;
import org.jenode.base.xml.XmlNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * init's dialect as Genode 14.x-15.x wrote it: a {@code timer} child instead of a Timer from the parent,
 * {@code <if-arg>} (and {@code <if-args>}), {@code <configfile>}, {@code <alias>}, priorities accepted
 * without effect, a quantum capped to what is left, a start node without binary skipped, denials that
 * name the server, {@code verbose="yes"}, and a warning with its position for whatever else Jenode
 * cannot honour.
 */
class GenodeDialectTest {

    private final LogCapture log = new LogCapture();

    @AfterEach void release() { log.close(); }

    /** A config as Genode's run scripts wrote them: core's services as parent-provides, no Timer among them. */
    private static String genode(String configAttributes, String body) {
        return "<scenario ram=\"64M\">\n"
                + "  <config" + configAttributes + ">\n"
                + "    <parent-provides> <service name=\"ROM\"/> <service name=\"RAM\"/> <service name=\"CPU\"/>"
                + " <service name=\"PD\"/> <service name=\"LOG\"/> <service name=\"SIGNAL\"/> </parent-provides>\n"
                + "    <default-route> <any-service> <parent/> <any-child/> </any-service> </default-route>\n"
                + body
                + "  </config>\n"
                + "</scenario>\n";
    }

    private static final String SERVERS = """
                <start name="alpha"> <resource name="RAM" quantum="1M"/> <provides> <service name="Echo"/> </provides> </start>
                <start name="beta"> <resource name="RAM" quantum="1M"/> <provides> <service name="Echo"/> </provides> </start>
            """;

    private static String echo(Probe probe, String label) { return probe.env().session(EchoSession.class, label).label(); }

    @Test
    void theTimerBinaryIsTheTimerServerGenodesConfigsStart() throws Exception {
        Probe client = new Probe("client");
        try (Core _ = TestScenario.start(genode(" verbose=\"yes\"", """
                    <start name="timer"> <resource name="RAM" quantum="1M"/> <provides><service name="Timer"/></provides> </start>
                    <start name="client"> <resource name="RAM" quantum="1M"/> </start>
                """), client.binary())) {
            CompletableFuture<Integer> fired = new CompletableFuture<>();
            TimerSession timer = client.onEp(env -> {
                TimerSession t = env.session(TimerSession.class, "tick");
                t.sigh(env.ep().handler(fired::complete));
                t.triggerOnce(1000);
                return t;
            });
            assertThat(fired.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            log.await("client: Timer 'client -> tick' -> child 'timer'");
            assertThatThrownBy(() -> timer.triggerPeriodic(-1)).isInstanceOf(InvalidRequestException.class);
        }
    }

    @Test
    void ifArgSelectsByLabelOrSessionArgumentAndIfArgsIsTheSameSpelling() {
        Probe client = new Probe("client");
        try (Core _ = TestScenario.start(genode("", SERVERS + """
                    <start name="client"> <resource name="RAM" quantum="1M"/>
                      <route>
                        <service name="Echo"> <if-arg key="label" value="special"/> <child name="beta"/> </service>
                        <service name="Echo"> <if-args key="label" value="other"/> <child name="beta"/> </service>
                        <service name="Echo"> <if-arg key="mode" value="fast"/> <child name="beta"/> </service>
                        <service name="Echo"> <child name="alpha"/> </service>
                      </route>
                    </start>
                """), EchoServer.binary("alpha"), EchoServer.binary("beta"), client.binary())) {
            assertThat(echo(client, "special")).isEqualTo("beta:client -> special");
            assertThat(echo(client, "other")).isEqualTo("beta:client -> other");
            assertThat(echo(client, "specially")).isEqualTo("alpha:client -> specially");
            assertThat(client.env().session(EchoSession.class, "quick", SessionArgs.ramQuota(4096).with("mode", "fast")).label())
                    .isEqualTo("beta:client -> quick");
        }
    }

    @Test
    void configfileHandsTheChildAnotherRomModuleAsItsConfig() {
        Probe client = new Probe("client");
        try (Core core = TestScenario.start(genode("", """
                    <start name="client"> <resource name="RAM" quantum="1M"/> <configfile name="client.config"/> </start>
                """).replace("<config>", "<rom name=\"client.config\"> <config level=\"7\"/> </rom>\n  <config>"), client.binary())) {
            String level = client.onEp(env -> env.config().xml().attribute("level", "?"));
            assertThat(level).isEqualTo("7");
            core.rom("client.config").set("<config level=\"8\"/>");
            Await.until("the changed ROM reaches the child as its config", () -> "8".equals(client.onEp(env -> {
                env.config().update();
                return env.config().xml().attribute("level", "?");
            })));
        }
    }

    @Test
    void anAliasRoutesToItsChild() {
        Probe client = new Probe("client");
        try (Core _ = TestScenario.start(genode("", SERVERS + """
                    <alias name="gui" child="beta"/>
                    <start name="client"> <resource name="RAM" quantum="1M"/>
                      <route> <service name="Echo"> <child name="gui"/> </service> <any-service> <parent/> </any-service> </route>
                    </start>
                """), EchoServer.binary("alpha"), EchoServer.binary("beta"), client.binary())) {
            assertThat(echo(client, "x")).isEqualTo("beta:client -> x");
        }
    }

    @Test
    void prioritiesAreAcceptedAndHaveNoEffect() {
        Probe client = new Probe("client");
        try (Core _ = TestScenario.start(genode(" prio_levels=\"2\"", """
                    <start name="alpha" priority="-1"> <resource name="RAM" quantum="1M"/> <provides> <service name="Echo"/> </provides> </start>
                    <start name="client" priority="-1"> <resource name="RAM" quantum="1M"/> </start>
                """), EchoServer.binary("alpha"), client.binary())) {
            assertThat(echo(client, "x")).isEqualTo("alpha:client -> x");
            assertThat(log.warnings()).isEmpty();
        }
    }

    @Test
    void aQuantumLargerThanWhatIsLeftGivesTheChildWhatIsLeft() {
        try (Core core = TestScenario.start(genode("", """
                    <report/>
                    <start name="big"> <resource name="RAM" quantum="1G"/> </start>
                """).replace("ram=\"64M\"", "ram=\"4M\""), new Binary("big", _ -> new Component() { }))) {
            XmlNode state = Await.report(core, "init -> state", s -> s.child("child").isPresent());
            long given = state.child("child").orElseThrow().longAttribute("ram_quota", 0);
            assertThat(given).isPositive().isLessThanOrEqualTo((4L << 20) - 128 * 1024);
            log.await("WARN [init] test scenario:6:24: <resource>: quantum 1073741824 exceeds what init has left; big starts with " + given);
        }
    }

    @Test
    void aStartNodeWithoutBinaryIsSkippedAndNeverProvides() {
        Probe client = new Probe("client");
        try (Core core = TestScenario.start(genode("", """
                    <report/>
                    <start name="alpha"> <resource name="RAM" quantum="1M"/> <provides> <service name="Echo"/> </provides> </start>
                    <start name="ps2_drv"> <resource name="RAM" quantum="1M"/> <provides> <service name="Echo"/> </provides> </start>
                    <start name="client"> <resource name="RAM" quantum="1M"/>
                      <route>
                        <service name="Echo"> <if-arg key="label" value="keyboard"/> <child name="ps2_drv"/> </service>
                        <service name="Echo"> <if-arg key="label" value="mouse"/> <child name="alpha"/> </service>
                        <any-service> <parent/> <any-child/> </any-service>
                      </route>
                    </start>
                """), EchoServer.binary("alpha"), client.binary())) {
            log.await("WARN [init] test scenario:7:5: <start name=\"ps2_drv\">: no binary 'ps2_drv'; the child is not started");
            assertThat(echo(client, "x")).as("<any-child/> is not ambiguous").isEqualTo("alpha:client -> x");
            assertThatThrownBy(() -> echo(client, "keyboard")).isInstanceOf(ServiceDeniedException.class)
                    .hasMessageContaining("Echo session of 'client' (label 'client -> keyboard') denied")
                    .hasMessageContaining("child 'ps2_drv' was not started: no binary 'ps2_drv'");
            XmlNode state = Await.report(core, "init -> state", s -> s.children("child").size() == 3);
            assertThat(state.children("child").get(1).attribute("state", "")).isEqualTo("skipped");
        }
    }

    @Test
    void aDenialNamesTheServerAndWhy() {
        Probe client = new Probe("client");
        try (Core _ = TestScenario.start(genode("", """
                    <start name="alpha"> <resource name="RAM" quantum="1M"/> </start>
                    <start name="client"> <resource name="RAM" quantum="1M"/>
                      <route> <service name="Echo"> <child name="alpha"/> </service> </route>
                    </start>
                """), EchoServer.binary("alpha"), client.binary())) {
            assertThatThrownBy(() -> echo(client, "x")).isInstanceOf(ServiceDeniedException.class)
                    .hasMessageContaining("test scenario:7:15: child 'alpha' does not provide Echo (its <provides> does not list it)");
        }
    }

    @Test
    void verboseLogsTheRoutingDecisions() {
        Probe client = new Probe("client");
        try (Core _ = TestScenario.start(genode(" verbose=\"yes\"", SERVERS + """
                    <start name="client"> <resource name="RAM" quantum="1M"/>
                      <route> <service name="Echo"> <child name="beta"/> </service> <any-service> <parent/> </any-service> </route>
                    </start>
                """), EchoServer.binary("alpha"), EchoServer.binary("beta"), client.binary())) {
            log.await("INFO [init] beta announced Echo");
            echo(client, "x");
            log.await("INFO [init] client: Echo 'client -> x' -> child 'beta' (test scenario:8:15)");
            assertThatThrownBy(() -> client.env().session(TimerSession.class, "t")).isInstanceOf(ServiceDeniedException.class);
            log.await("INFO [init] init: Timer session of 'client' (label 'client -> t') denied:"
                    + " <parent/>: Timer is not in <parent-provides>");
        }
    }

    @Test
    void whatJenodeCannotHonourIsNamedWithItsPosition() {
        try (Core _ = TestScenario.start(genode(" ld_verbose=\"yes\"", """
                    <affinity-space width="2" height="1"/>
                    <report init_ram="yes"/>
                    <start name="alpha" ld="no">
                      <resource name="RAM" quantum="1M" constrain_phys="yes"/>
                      <resource name="CPU" quantum="10"/>
                      <affinity xpos="1" width="1"/>
                      <route> <any-service> <parent/> <nothing/> </any-service> <anything/> </route>
                      <whatever/>
                    </start>
                """), new Binary("alpha", _ -> new Component() { }))) {
            log.await("test scenario:2:3: <config>: attribute ld_verbose=\"yes\" is not supported and has no effect");
            log.await("test scenario:5:5: <affinity-space>: CPU affinities have no effect in Jenode");
            log.await("test scenario:6:5: <report>: attribute init_ram=\"yes\" is not supported and has no effect");
            log.await("test scenario:7:5: <start>: attribute ld=\"no\" is not supported and has no effect");
            log.await("test scenario:8:7: <resource>: attribute constrain_phys=\"yes\" is not supported and has no effect");
            log.await("test scenario:9:7: <resource>: the CPU resource has no effect in Jenode");
            log.await("test scenario:10:7: <affinity>: CPU affinities have no effect in Jenode");
            log.await("test scenario:11:39: <nothing>: unknown route target, ignored");
            log.await("test scenario:11:65: <anything>: unknown route entry, ignored");
            log.await("test scenario:12:7: <whatever>: unknown element, ignored");
        }
    }
}
