package org.jenode.input.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.LinkedBlockingQueue;
import org.jenode.base.core.Core;
import org.jenode.base.report.Reporter;
import org.jenode.base.testing.Probe;
import org.jenode.base.testing.TestScenario;
import org.jenode.base.xml.XmlParser;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;
import org.junit.jupiter.api.Test;

/** A new config (here published through report_rom, as a calibration tool would) restarts the script. */
class ScriptRestartTest {

    @Test
    void changedConfigReplaysTheNewScript() throws Exception {
        Probe writer = new Probe("writer"), client = new Probe("client");
        try (Core _ = TestScenario.start(TestScenario.withDefaults("""
                <start name="report_rom">
                  <resource name="RAM" quantum="1M"/>
                  <provides> <service name="Report"/> <service name="ROM"/> </provides>
                  <config> <policy label="input -> config" report="writer -> script"/> </config>
                </start>
                <start name="input">
                  <binary name="input_script"/>
                  <resource name="RAM" quantum="1M"/>
                  <provides> <service name="Input"/> </provides>
                  <route>
                    <service name="ROM" label="config"> <child name="report_rom"/> </service>
                    <any-service> <parent/> </any-service>
                  </route>
                </start>
                <start name="writer">
                  <resource name="RAM" quantum="1M"/>
                  <route> <service name="Report"> <child name="report_rom"/> </service> </route>
                </start>
                <start name="client"> <resource name="RAM" quantum="1M"/> </start>
                """), writer.binary(), client.binary())) {

            // The config ROM is empty until the first report: an empty script, no events, no fault.
            LinkedBlockingQueue<InputEvent> received = ScriptInputTest.subscribe(client);
            Reporter reporter = writer.onEp(env -> new Reporter(env, "script"));
            writer.onEp(env -> {
                reporter.report(XmlParser.parse("<config><press key=\"KEY_B\"/><release key=\"KEY_B\"/></config>", "t"));
                return null;
            });
            assertThat(ScriptInputTest.take(received, 2)).containsExactly(
                    new InputEvent.Press(Keycodes.KEY_B), new InputEvent.Release(Keycodes.KEY_B));

            writer.onEp(env -> {
                reporter.report(XmlParser.parse(
                        "<config><calibration c=\"-100\"/><touch id=\"1\" x=\"150\" y=\"7\"/></config>", "t"));
                return null;
            });
            assertThat(ScriptInputTest.take(received, 1)).containsExactly(new InputEvent.Touch(1, 50, 7, 150, 7));
        }
    }

    @Test
    void loopingScriptRepeats() throws Exception {
        Probe client = new Probe("client");
        try (Core _ = TestScenario.start(TestScenario.withDefaults("""
                <start name="input">
                  <binary name="input_script"/>
                  <resource name="RAM" quantum="1M"/>
                  <provides> <service name="Input"/> </provides>
                  <config loop="yes"> <press key="KEY_C"/> <sleep ms="5"/> <release key="KEY_C"/> </config>
                </start>
                <start name="client"> <resource name="RAM" quantum="1M"/> </start>
                """), client.binary())) {
            LinkedBlockingQueue<InputEvent> received = ScriptInputTest.subscribe(client);
            InputEvent press = new InputEvent.Press(Keycodes.KEY_C), release = new InputEvent.Release(Keycodes.KEY_C);
            assertThat(ScriptInputTest.take(received, 6)).containsExactly(press, release, press, release, press, release);
        }
    }
}
