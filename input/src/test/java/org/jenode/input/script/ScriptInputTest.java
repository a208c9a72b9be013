package org.jenode.input.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import org.jenode.base.core.Core;
import org.jenode.base.testing.Await;
import org.jenode.base.testing.Probe;
import org.jenode.base.testing.TestScenario;
import org.jenode.input.InputReader;
import org.jenode.input.InputEvent;
import org.jenode.input.InputSession;
import org.jenode.input.Keycodes;
import org.junit.jupiter.api.Test;

/** A client of {@code input_script} receives exactly the scripted events, in order, across sleeps. */
class ScriptInputTest {

    private static final String SCRIPT = """
            <config loop="no">
              <calibration a="2" b="0" c="5" d="0" e="1" f="-10"/>
              <press key="KEY_A"/> <release key="KEY_A"/>
              <motion x="10" y="20"/> <rel dx="1" dy="0"/> <wheel dy="1"/>
              <sleep ms="50"/>
              <touch id="0" x="100" y="100"/> <touch-release id="0"/>
              <char code="97"/> <sleep ms="20"/> <press key="BTN_LEFT"/>
            </config>
            """;

    /** The driver, its config the core ROM {@code input.config} (so a test can change it live), and a client. */
    private static Core start(Probe client) {
        return TestScenario.start("""
                <scenario ram="64M">
                  <rom name="input.config">%s</rom>
                  <config>
                    <parent-provides> <service name="ROM"/> <service name="Timer"/> </parent-provides>
                    <default-route> <any-service> <parent/> <any-child/> </any-service> </default-route>
                    <start name="input">
                      <binary name="input_script"/>
                      <resource name="RAM" quantum="1M"/>
                      <provides> <service name="Input"/> </provides>
                      <route> <service name="ROM" label="config"> <parent label="input.config"/> </service>
                              <any-service> <parent/> </any-service> </route>
                    </start>
                    <start name="client"> <resource name="RAM" quantum="1M"/> </start>
                  </config>
                </scenario>
                """.formatted(SCRIPT), client.binary());
    }

    static LinkedBlockingQueue<InputEvent> subscribe(Probe client) {
        LinkedBlockingQueue<InputEvent> received = new LinkedBlockingQueue<>();
        client.onEp(env -> {
            InputSession input = env.session(InputSession.class, "input");
            InputReader reader = new InputReader(input);
            input.sigh(env.ep().handler(() -> received.addAll(reader.drain())));
            return null;
        });
        return received;
    }

    /** The next {@code count} events, waiting for them. */
    static List<InputEvent> take(LinkedBlockingQueue<InputEvent> received, int count) {
        List<InputEvent> events = new ArrayList<>();
        return Await.answer(count + " input events", () -> {
            while (events.size() < count && !received.isEmpty()) events.add(received.poll());
            return events;
        }, l -> l.size() == count);
    }

    @Test
    void clientReceivesTheScriptInOrder() throws Exception {
        Probe client = new Probe("client");
        try (Core core = start(client)) {
            LinkedBlockingQueue<InputEvent> received = subscribe(client);
            List<InputEvent> events = take(received, 9);
            assertThat(events).containsExactly(
                    new InputEvent.Press(Keycodes.KEY_A), new InputEvent.Release(Keycodes.KEY_A),
                    new InputEvent.AbsoluteMotion(10, 20), new InputEvent.RelativeMotion(1, 0),
                    new InputEvent.Wheel(0, 1),
                    new InputEvent.Touch(0, 205, 90, 100, 100), // through the config's calibration, the raw position kept
                    new InputEvent.TouchRelease(0), new InputEvent.Character('a'),
                    new InputEvent.Press(Keycodes.BTN_LEFT));
            // Nothing after the end of a script that does not loop: the next event is the first of a new script.
            core.rom("input.config").set("<config> <press key=\"KEY_Z\"/> </config>");
            assertThat(take(received, 1)).containsExactly(new InputEvent.Press(Keycodes.KEY_Z));
            assertThat(received).isEmpty();
        }
    }

    @Test
    void secondClientIsDeniedWhileTheFirstHoldsTheSession() throws Exception {
        Probe client = new Probe("client");
        try (Core _ = start(client)) {
            InputSession first = client.onEp(env -> env.session(InputSession.class, "a"));
            Throwable second = client.onEp(env -> {
                try {
                    env.session(InputSession.class, "b");
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            });
            assertThat(second).isNotNull().hasMessageContaining("one Input session at a time");
            client.onEp(env -> {
                first.close();
                return env.session(InputSession.class, "c");
            });
        }
    }
}
