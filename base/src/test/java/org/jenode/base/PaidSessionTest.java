package org.jenode.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jenode.base.core.Core;
import org.jenode.base.testing.Await;
import org.jenode.base.testing.Probe;
import org.jenode.base.testing.TestScenario;
import org.jenode.base.xml.XmlNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A server opens a session of its own for its client, paid from the client's donation
 * ({@code env.session(type, label, args, payer)}), as the wm does at nitpicker: the client's memory pays,
 * its upgrades reach the server behind, both donations come back to the byte when it closes, and the
 * server's own RAM is never charged. The {@link Forwarder} checks, for every session it serves, that the
 * payers it must not use are refused.
 */
class PaidSessionTest {

    private static String scenario(String isolation) {
        return """
            <scenario ram="256M">
              <config>
                <parent-provides> <service name="ROM"/> <service name="Timer"/> <service name="Report"/> </parent-provides>
                <default-route> <any-service> <parent/> <any-child/> </any-service> </default-route>
                <report delay_ms="50"/>
                <start name="server"> <binary name="echo_server"/> <resource name="RAM" quantum="64K"/>
                  <provides> <service name="Echo"/> </provides> </start>
                <start name="forwarder" isolation="%s"> <resource name="RAM" quantum="4M"/>
                  <provides> <service name="Echo"/> </provides>
                  <route> <service name="Echo"> <child name="server"/> </service> <any-service> <parent/> </any-service> </route> </start>
                <start name="client"> <resource name="RAM" quantum="2M"/>
                  <route> <service name="Echo"> <child name="forwarder"/> </service> <any-service> <parent/> </any-service> </route> </start>
                <start name="other"> <resource name="RAM" quantum="1M"/> </start>
              </config>
            </scenario>
            """.formatted(isolation);
    }

    @ParameterizedTest
    @ValueSource(strings = {"thread", "process"})
    void theClientsDonationPaysTheServersSessionAndItsUpgradesAndComesBackWhole(String isolation) {
        Probe client = new Probe("client");
        try (Core core = TestScenario.start(scenario(isolation), client.binary(), new Probe("other").binary())) {
            long forwarderBefore = used(Await.report(core, "init -> state", s -> announced(s, "forwarder")), "forwarder");
            Env env = client.env();
            long before = env.ram().avail();
            EchoSession echo = env.session(EchoSession.class, "", SessionArgs.ramQuota(256 * 1024));
            assertThat(echo.label()).as("the server's session, labelled by the forwarder").isEqualTo("server:forwarder -> real");
            echo.allocate(48 * 1024);
            assertThatThrownBy(() -> echo.allocate(48 * 1024)).as("what the forwarder gave the server of the donation")
                    .isInstanceOf(QuotaExceededException.class);
            env.upgrade(echo, 128 * 1024);
            echo.allocate(96 * 1024); // the upgrade reached the server behind the forwarder
            assertThat(env.ram().avail()).isEqualTo(before - 384 * 1024);

            XmlNode state = Await.report(core, "init -> state", s -> used(s, "client") >= 384 * 1024);
            assertThat(used(state, "forwarder")).as("the forwarder's own RAM while it serves").isEqualTo(forwarderBefore);

            echo.close();
            assertThat(env.ram().avail()).as("both donations back, to the byte").isEqualTo(before);
            // the forwarder now tries the donation of the session that ended, which must not pay any more
            EchoSession again = env.session(EchoSession.class, "again", SessionArgs.ramQuota(128 * 1024));
            again.allocate(32 * 1024);
            again.close();
            assertThat(env.ram().avail()).isEqualTo(before);
            assertThat(used(Await.report(core, "init -> state", s -> used(s, "client") < 128 * 1024), "forwarder"))
                    .isEqualTo(forwarderBefore);
        }
    }

    @Test
    void anotherComponentsAccountAndSessionsAreNotOnesToPayFrom() {
        Probe client = new Probe("client"), other = new Probe("other");
        try (Core _ = TestScenario.start(scenario("thread"), client.binary(), other.binary())) {
            Env env = client.env(), evil = other.env();
            long clientBefore = env.ram().avail(), otherBefore = evil.ram().avail();
            assertThatThrownBy(() -> evil.session(EchoSession.class, "x", SessionArgs.ramQuota(4096), env.ram()))
                    .as("another component's RAM").isInstanceOf(InvalidRequestException.class).hasMessageContaining("cannot pay");
            EchoSession echo = env.session(EchoSession.class, "", SessionArgs.ramQuota(128 * 1024));
            assertThatThrownBy(() -> evil.upgrade(echo, 4096)).as("a session it did not open").isInstanceOf(InvalidRequestException.class);
            assertThatThrownBy(() -> evil.upgrade(null, 4096)).isInstanceOf(InvalidRequestException.class);
            assertThatThrownBy(() -> env.upgrade(echo, -1)).isInstanceOf(InvalidRequestException.class);
            assertThatThrownBy(() -> env.upgrade(echo, Long.MAX_VALUE)).isInstanceOf(QuotaExceededException.class);
            echo.close();
            assertThat(env.ram().avail()).isEqualTo(clientBefore);
            assertThat(evil.ram().avail()).isEqualTo(otherBefore);
        }
    }

    private static boolean announced(XmlNode state, String child) {
        return state.children("child").stream().anyMatch(c -> c.attribute("name", "").equals(child)
                && c.children("announced").stream().anyMatch(a -> a.attribute("service", "").equals("Echo")));
    }

    /** A child's {@code ram_used} in init's state report; -1 while it is not running. */
    private static long used(XmlNode state, String child) {
        return state.children("child").stream().filter(c -> c.attribute("name", "").equals(child))
                .mapToLong(c -> c.longAttribute("ram_used", -1)).findFirst().orElse(-1);
    }
}
