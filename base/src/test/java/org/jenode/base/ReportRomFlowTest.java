package org.jenode.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.jenode.base.core.Core;
import org.jenode.base.report.Reporter;
import org.jenode.base.rom.AttachedRom;
import org.jenode.base.testing.Probe;
import org.jenode.base.testing.TestScenario;
import org.jenode.base.xml.XmlNode;
import org.junit.jupiter.api.Test;

/** A report published by one component reaches another as a ROM, and the change is signalled. */
class ReportRomFlowTest {

    @Test
    void reportBecomesRomOfTheReaderThePolicyNames() throws Exception {
        Probe writer = new Probe("writer"), reader = new Probe("reader");
        try (Core _ = TestScenario.start(TestScenario.withDefaults("""
                <start name="report_rom">
                  <resource name="RAM" quantum="1M"/>
                  <provides> <service name="Report"/> <service name="ROM"/> </provides>
                  <config> <policy label="reader -> status" report="writer -> status"/> </config>
                </start>
                <start name="writer">
                  <resource name="RAM" quantum="1M"/>
                  <route> <service name="Report"> <child name="report_rom"/> </service> </route>
                </start>
                <start name="reader">
                  <resource name="RAM" quantum="1M"/>
                  <route>
                    <service name="ROM" label="status"> <child name="report_rom"/> </service>
                    <any-service> <parent/> </any-service>
                  </route>
                </start>
                """), writer.binary(), reader.binary())) {

            Reporter reporter = writer.onEp(env -> new Reporter(env, "status"));
            writer.onEp(env -> {
                reporter.report(XmlNode.builder("status").attribute("mood", "calm").build());
                return null;
            });

            java.util.concurrent.CompletableFuture<String> changed = new java.util.concurrent.CompletableFuture<>();
            AttachedRom rom = reader.onEp(env -> {
                AttachedRom r = new AttachedRom(env, "status");
                r.sigh(env.ep().handler(() -> {
                    r.update();
                    changed.complete(r.xml().attribute("mood", "?"));
                }));
                return r;
            });
            String mood = reader.onEp(env -> rom.xml().attribute("mood", "?"));
            assertThat(mood).isEqualTo("calm");

            writer.onEp(env -> {
                reporter.report(XmlNode.builder("status").attribute("mood", "busy").build());
                return null;
            });
            assertThat(changed.get(5, TimeUnit.SECONDS)).isEqualTo("busy");
        }
    }
}
