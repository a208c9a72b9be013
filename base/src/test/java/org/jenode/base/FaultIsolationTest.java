package org.jenode.base;

import org.jenode.base.testing.Await;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jenode.base.core.Core;
import org.jenode.base.testing.Probe;
import org.jenode.base.testing.TestScenario;
import org.jenode.base.xml.XmlNode;
import org.junit.jupiter.api.Test;

/** A component that throws is stopped and reported; its sessions end; its siblings keep working. */
class FaultIsolationTest {

    @Test
    void aFaultyChildIsStoppedReportedAndItsQuotaReturned() throws Exception {
        Probe probe = new Probe("probe");
        Binary bomb = new Binary("bomb", env -> {
            EchoSession held = env.session(EchoSession.class, "held", SessionArgs.ramQuota(512 * 1024));
            held.allocate(256 * 1024);
            env.ep().post(() -> {
                throw new IllegalStateException("boom");
            });
            return new Component() { };
        });
        try (Core core = TestScenario.start("""
                <scenario ram="64M">
                  <config>
                    <parent-provides> <service name="ROM"/> <service name="Timer"/> <service name="Report"/> </parent-provides>
                    <default-route> <any-service> <parent/> <any-child/> </any-service> </default-route>
                    <report/>
                    <start name="server"> <resource name="RAM" quantum="1M"/> <provides> <service name="Echo"/> </provides> </start>
                    <start name="bomb">   <resource name="RAM" quantum="2M"/> </start>
                    <start name="probe">  <resource name="RAM" quantum="1M"/> </start>
                  </config>
                </scenario>
                """, EchoServer.binary("server"), bomb, probe.binary())) {
            XmlNode state = Await.report(core, "init -> state", s -> s.children("child").stream()
                    .anyMatch(c -> c.attribute("name", "").equals("bomb") && c.attribute("state", "").equals("faulted")),
                    Duration.ofSeconds(10));
            XmlNode bombState = state.children("child").stream()
                    .filter(c -> c.attribute("name", "").equals("bomb")).findFirst().orElseThrow();
            assertThat(bombState.child("fault").orElseThrow().attribute("message", "")).contains("boom");

            assertThat(probe.env().session(EchoSession.class, "still").label()).isEqualTo("server:probe -> still");
            // the bomb's quota comes back once its sessions have ended, which may be a report after its fault
            state = Await.report(core, "init -> state", s -> ownDonations(s) < 64 * 1024, Duration.ofSeconds(10));
            long used = state.child("ram").orElseThrow().longAttribute("used", -1);
            long children = state.children("child").stream().mapToLong(c -> c.longAttribute("ram_quota", 0)).sum();
            assertThat(children).as("only server and probe still hold quota").isEqualTo(2L << 20);
            assertThat(used - children).as("init's own session donations, not the bomb's 2M").isLessThan(64 * 1024);
        }
    }

    /** What init has in use beyond its children's quanta: its own session donations. */
    private static long ownDonations(XmlNode state) {
        long used = state.child("ram").orElseThrow().longAttribute("used", -1);
        return used - state.children("child").stream().mapToLong(c -> c.longAttribute("ram_quota", 0)).sum();
    }
}
