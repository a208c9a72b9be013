package org.jenode.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.jenode.base.core.Core;
import org.jenode.base.testing.Probe;
import org.jenode.base.testing.TestScenario;
import org.junit.jupiter.api.Test;

/** init is an ordinary component: an init inside init routes through both, labels chain through both. */
class NestedInitTest {

    @Test
    void aSubInitForwardsToItsParentAndLabelsChain() {
        Probe inner = new Probe("inner");
        try (Core _ = TestScenario.start(TestScenario.withDefaults("""
                <start name="server"> <resource name="RAM" quantum="1M"/> <provides> <service name="Echo"/> </provides> </start>
                <start name="sub">
                  <binary name="init"/>
                  <resource name="RAM" quantum="8M"/>
                  <config>
                    <default-route> <any-service> <parent/> </any-service> </default-route>
                    <start name="inner"> <resource name="RAM" quantum="1M"/> </start>
                  </config>
                </start>
                """), EchoServer.binary("server"), inner.binary())) {
            assertThat(inner.env().label()).isEqualTo("init -> sub -> inner");
            assertThat(inner.env().session(EchoSession.class, "x").label()).isEqualTo("server:sub -> inner -> x");
        }
    }
}
