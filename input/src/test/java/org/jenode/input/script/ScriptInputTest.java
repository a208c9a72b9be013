package org.jenode.input.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jenode.base.core.Core;
import org.jenode.base.testing.Probe;
import org.jenode.base.testing.TestScenario;
import org.jenode.input.InputBatch;
import org.jenode.input.InputEvent;
import org.jenode.input.InputSession;
import org.jenode.input.Keycodes;
import org.junit.jupiter.api.Test;

/** A client of {@code input_script} receives exactly the scripted events, in order, across sleeps. */
class ScriptInputTest {

    private static final String DRIVER = """
            <start name="input">
              <binary name="input_script"/>
              <resource name="RAM" quantum="1M"/>
              <provides> <service name="Input"/> </provides>
              <config loop="no">
                <calibration a="2" b="0" c="5" d="0" e="1" f="-10"/>
                <press key="KEY_A"/> <release key="KEY_A"/>
                <motion x="10" y="20"/> <rel dx="1" dy="0"/> <wheel dy="1"/>
                <sleep ms="50"/>
                <touch id="0" x="100" y="100"/> <touch-release id="0"/>
                <char code="97"/> <sleep ms="20"/> <press key="BTN_LEFT"/>
              </config>
            </start>
            <start name="client"> <resource name="RAM" quantum="1M"/> </start>
            """;

    static LinkedBlockingQueue<InputEvent> subscribe(Probe client) {
        LinkedBlockingQueue<InputEvent> received = new LinkedBlockingQueue<>();
        client.onEp(env -> {
            InputSession input = env.session(InputSession.class, "input");
            input.sigh(env.ep().handler(() -> received.addAll(InputBatch.drain(input))));
            return null;
        });
        return received;
    }

    static List<InputEvent> take(LinkedBlockingQueue<InputEvent> received, int count) throws InterruptedException {
        List<InputEvent> events = new ArrayList<>();
        while (events.size() < count) {
            InputEvent e = received.poll(10, TimeUnit.SECONDS);
            if (e == null) break;
            events.add(e);
        }
        return events;
    }

    @Test
    void clientReceivesTheScriptInOrder() throws Exception {
        Probe client = new Probe("client");
        try (Core _ = TestScenario.start(TestScenario.withDefaults(DRIVER), client.binary())) {
            LinkedBlockingQueue<InputEvent> received = subscribe(client);
            List<InputEvent> events = take(received, 9);
            assertThat(events).containsExactly(
                    new InputEvent.Press(Keycodes.KEY_A), new InputEvent.Release(Keycodes.KEY_A),
                    new InputEvent.AbsoluteMotion(10, 20), new InputEvent.RelativeMotion(1, 0),
                    new InputEvent.Wheel(0, 1),
                    new InputEvent.Touch(0, 205, 90), // through the config's calibration
                    new InputEvent.TouchRelease(0), new InputEvent.Character('a'),
                    new InputEvent.Press(Keycodes.BTN_LEFT));
            // Nothing after the end of a script that does not loop.
            Probe.sleep(Duration.ofMillis(100));
            assertThat(received).isEmpty();
        }
    }

    @Test
    void secondClientIsDeniedWhileTheFirstHoldsTheSession() throws Exception {
        Probe client = new Probe("client");
        try (Core _ = TestScenario.start(TestScenario.withDefaults(DRIVER), client.binary())) {
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
