package org.jenode.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jenode.base.core.Core;
import org.jenode.base.testing.Probe;
import org.jenode.base.testing.TestScenario;
import org.junit.jupiter.api.Test;

/** init routes by the first matching rule in document order, and says why when it denies. */
class RoutingTest {

    private static final String SERVERS = """
            <start name="alpha"> <resource name="RAM" quantum="1M"/> <provides> <service name="Echo"/> </provides> </start>
            <start name="beta">  <resource name="RAM" quantum="1M"/> <provides> <service name="Echo"/> </provides> </start>
            """;

    private static String label(Probe probe, String sessionLabel) {
        return probe.env().session(EchoSession.class, sessionLabel).label();
    }

    @Test
    void firstMatchingRuleInDocumentOrderWins() {
        Probe client = new Probe("client");
        try (Core _ = TestScenario.start(TestScenario.withDefaults(SERVERS + """
                <start name="client">
                  <resource name="RAM" quantum="1M"/>
                  <route>
                    <service name="Echo" label="special"> <child name="beta"/> </service>
                    <service name="Echo" label_prefix="b"> <child name="beta"/> </service>
                    <service name="Echo"> <child name="alpha"/> </service>
                    <service name="Echo"> <child name="beta"/> </service>
                  </route>
                </start>
                """), EchoServer.binary("alpha"), EchoServer.binary("beta"), client.binary())) {
            assertThat(label(client, "plain")).isEqualTo("alpha:client -> plain");
            assertThat(label(client, "special")).isEqualTo("beta:client -> special");
            assertThat(label(client, "bravo")).isEqualTo("beta:client -> bravo");
            assertThat(label(client, "")).isEqualTo("alpha:client");
        }
    }

    @Test
    void labelSuffixAndLabelRewriting() {
        Probe client = new Probe("client");
        try (Core _ = TestScenario.start(TestScenario.withDefaults(SERVERS + """
                <start name="client">
                  <resource name="RAM" quantum="1M"/>
                  <route>
                    <service name="Echo" label_suffix="log"> <child name="beta" label="renamed"/> </service>
                    <service name="Echo"> <child name="alpha"/> </service>
                  </route>
                </start>
                """), EchoServer.binary("alpha"), EchoServer.binary("beta"), client.binary())) {
            assertThat(label(client, "syslog")).isEqualTo("beta:renamed");
            assertThat(label(client, "other")).isEqualTo("alpha:client -> other");
        }
    }

    @Test
    void anyChildRefusesAmbiguityAndNamesTheDeniedSession() {
        Probe client = new Probe("client");
        try (Core _ = TestScenario.start(TestScenario.withDefaults(SERVERS + """
                <start name="client"> <resource name="RAM" quantum="1M"/> </start>
                """), EchoServer.binary("alpha"), EchoServer.binary("beta"), client.binary())) {
            assertThatThrownBy(() -> label(client, "x"))
                    .isInstanceOf(ServiceDeniedException.class)
                    .hasMessageContaining("Echo session of 'client' (label 'client -> x') denied")
                    .hasMessageContaining("ambiguous");
        }
    }

    @Test
    void anyChildFindsTheOnlyProviderAndAServiceRuleWithoutProviderDenies() {
        Probe client = new Probe("client");
        try (Core _ = TestScenario.start(TestScenario.withDefaults("""
                <start name="alpha"> <resource name="RAM" quantum="1M"/> <provides> <service name="Echo"/> </provides> </start>
                <start name="client">
                  <resource name="RAM" quantum="1M"/>
                  <route>
                    <service name="Echo" label="nowhere"> <child name="missing"/> </service>
                    <any-service> <parent/> <any-child/> </any-service>
                  </route>
                </start>
                """), EchoServer.binary("alpha"), client.binary())) {
            assertThat(label(client, "x")).isEqualTo("alpha:client -> x");
            assertThatThrownBy(() -> label(client, "nowhere"))
                    .isInstanceOf(ServiceDeniedException.class)
                    .hasMessageContaining("'client' (label 'client -> nowhere')")
                    .hasMessageContaining("<child name=\"missing\"/>: there is no child 'missing'");
        }
    }

    @Test
    void parentServicesMustBeListedInParentProvides() {
        Probe client = new Probe("client");
        try (Core _ = TestScenario.start("""
                <scenario>
                  <config>
                    <parent-provides> <service name="ROM"/> </parent-provides>
                    <start name="client">
                      <resource name="RAM" quantum="1M"/>
                      <route> <service name="Timer"> <parent/> </service> </route>
                    </start>
                  </config>
                </scenario>
                """, client.binary())) {
            assertThatThrownBy(() -> client.env().session(org.jenode.base.timer.TimerSession.class, ""))
                    .isInstanceOf(ServiceDeniedException.class).hasMessageContaining("Timer session of 'client'");
        }
    }
}
