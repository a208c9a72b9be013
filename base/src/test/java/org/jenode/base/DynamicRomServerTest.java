package org.jenode.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jenode.base.core.Core;
import org.jenode.base.rom.AttachedRom;
import org.jenode.base.testing.Await;
import org.jenode.base.testing.Probe;
import org.jenode.base.testing.TestScenario;
import org.junit.jupiter.api.Test;

/** dynamic_rom plays its script into a ROM that a reader follows, and starts over at the end. */
class DynamicRomServerTest {

    @Test
    void readerFollowsTheScriptRoundAndRound() {
        Probe probe = new Probe("probe");
        try (Core _ = TestScenario.start("""
                <scenario>
                  <config>
                    <parent-provides> <service name="ROM"/> <service name="Timer"/> </parent-provides>
                    <start name="dynamic_rom">
                      <resource name="RAM" quantum="1M"/>
                      <provides> <service name="ROM"/> </provides>
                      <route> <any-service> <parent/> </any-service> </route>
                      <config>
                        <rom name="mode">
                          <inline> <mode width="800"/> </inline>
                          <sleep milliseconds="60"/>
                          <empty/>
                          <sleep milliseconds="60"/>
                          <inline> <mode width="1024"/> </inline>
                          <sleep milliseconds="60"/>
                        </rom>
                      </config>
                    </start>
                    <start name="probe">
                      <resource name="RAM" quantum="1M"/>
                      <route> <service name="ROM" label="mode"> <child name="dynamic_rom"/> </service> <any-service> <parent/> </any-service> </route>
                    </start>
                  </config>
                </scenario>
                """, probe.binary())) {
            List<String> seen = new CopyOnWriteArrayList<>();
            probe.onEp(env -> {
                AttachedRom rom = new AttachedRom(env, "mode");
                Runnable read = () -> {
                    rom.update();
                    seen.add(rom.valid() ? rom.xml().attribute("width", "?") : "empty");
                };
                rom.sigh(env.ep().handler(read));
                read.run();
                return rom;
            });
            // signals coalesce on a busy machine, so steps may be skipped, never reordered
            String played = Await.answer("the script played round to 800 again", () -> String.join(",", seen),
                    widths -> widths.matches(".*1024.*800.*"));
            assertThat(played).startsWith("800");
        }
    }
}
