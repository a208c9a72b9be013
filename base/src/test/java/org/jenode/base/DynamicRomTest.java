package org.jenode.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jenode.base.core.Core;
import org.jenode.base.rom.AttachedRom;
import org.jenode.base.testing.Probe;
import org.jenode.base.testing.TestScenario;
import org.junit.jupiter.api.Test;

/** A ROM change only signals; the reader keeps the old content until it asks for the new one. */
class DynamicRomTest {

    @Test
    void readerSeesOldContentUntilUpdate() throws Exception {
        Probe probe = new Probe("probe");
        try (Core core = TestScenario.start("""
                <scenario>
                  <rom name="motd"><motd text="hello"/></rom>
                  <config>
                    <default-route> <any-service> <parent/> </any-service> </default-route>
                    <start name="probe"> <resource name="RAM" quantum="1M"/> </start>
                  </config>
                </scenario>
                """, probe.binary())) {
            CompletableFuture<Integer> signalled = new CompletableFuture<>();
            AttachedRom rom = probe.onEp(env -> {
                AttachedRom r = new AttachedRom(env, "motd");
                r.sigh(env.ep().handler(signalled::complete));
                return r;
            });
            core.rom("motd").set("<motd text=\"changed\"/>");
            assertThat(signalled.get(5, TimeUnit.SECONDS)).isPositive();

            String before = probe.onEp(env -> rom.xml().attribute("text", "?"));
            assertThat(before).isEqualTo("hello");
            String after = probe.onEp(env -> {
                rom.update();
                return rom.xml().attribute("text", "?");
            });
            assertThat(after).isEqualTo("changed");
        }
    }
}
