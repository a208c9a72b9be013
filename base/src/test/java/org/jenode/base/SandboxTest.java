package org.jenode.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jenode.base.core.Core;
import org.jenode.base.testing.Probe;
import org.jenode.base.testing.TestScenario;
import org.junit.jupiter.api.Test;

/** A child in a process of its own serves and is served as one in this JVM. */
class SandboxTest {

    @Test
    void aSandboxedServerAnswersAsOneInThisJvm() {
        Probe probe = new Probe("probe");
        try (Core _ = TestScenario.start(TestScenario.withDefaults("""
                <start name="server" isolation="process"> <binary name="echo_server"/> <resource name="RAM" quantum="4M"/>
                  <provides> <service name="Echo"/> <service name="Keeper"/> </provides> </start>
                <start name="probe"> <resource name="RAM" quantum="1M"/> </start>
                """), probe.binary())) {
            String label = probe.onEp(env -> env.session(EchoSession.class, "x").label());
            assertThat(label).isEqualTo("server:probe -> x");
            List<String> kept = probe.onEp(env -> {
                KeeperSession keeper = env.session(KeeperSession.class, "k");
                keeper.remember(List.of("a", "b"));
                assertThat(keeper.twin()).isSameAs(keeper.twin());
                return keeper.remembered();
            });
            assertThat(kept).containsExactly("a", "b");
        }
    }
}
