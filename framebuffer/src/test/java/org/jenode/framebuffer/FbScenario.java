package org.jenode.framebuffer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jenode.base.Binary;
import org.jenode.base.core.Binaries;
import org.jenode.base.core.Core;
import org.jenode.base.core.Scenario;
import org.jenode.base.testing.Await;
import org.jenode.base.testing.Probe;
import org.jenode.input.InputReader;
import org.jenode.input.InputEvent;
import org.jenode.input.InputSession;

/** A scenario of one framebuffer driver {@code fb}, whose config is the ROM {@code fb.config}, and a probe client. */
final class FbScenario {

    private FbScenario() { }

    static Core start(String binary, String config, Binary... extra) {
        return start(binary, config, null, extra);
    }

    /** As above, with a {@code platform_info} ROM (null: core's default). */
    static Core start(String binary, String config, org.jenode.base.xml.XmlNode platformInfo, Binary... extra) {
        return start(binary, config, platformInfo, "", extra);
    }

    /** As above, with {@code fbExtra} added to fb's start node (e.g. {@code <exit propagate="yes"/>}). */
    static Core start(String binary, String config, org.jenode.base.xml.XmlNode platformInfo, String fbExtra, Binary... extra) {
        String xml = """
            <scenario ram="256M">
              <rom name="fb.config">%s</rom>
              <config>
                <parent-provides> <service name="ROM"/> <service name="Timer"/> <service name="Report"/> </parent-provides>
                <default-route> <any-service> <parent/> <any-child/> </any-service> </default-route>
                <start name="fb">
                  <binary name="%s"/> %s
                  <resource name="RAM" quantum="64M"/>
                  <provides> <service name="Framebuffer"/> <service name="Input"/> <service name="Event"/> <service name="Capture"/> </provides>
                  <route>
                    <service name="ROM" label="config"> <parent label="fb.config"/> </service>
                    <any-service> <parent/> </any-service>
                  </route>
                </start>
                <start name="probe">
                  <resource name="RAM" quantum="8M"/>
                  <route> <any-service> <child name="fb"/> </any-service> </route>
                </start>
              </config>
            </scenario>
            """.formatted(config, binary, fbExtra);
        Scenario scenario = Scenario.parse(xml, "framebuffer test", java.nio.file.Path.of("."));
        Core core = new Core(scenario, Binaries.discover().with(extra));
        if (platformInfo != null) core.platformInfo(platformInfo);
        return core.start();
    }

    /** Fills {@code area} of a framebuffer's buffer with {@code argb}. */
    static void fill(java.nio.IntBuffer pixels, int stride, org.jenode.base.geometry.Rect area, int argb) {
        for (int y = area.y(); y < area.bottom(); y++)
            for (int x = area.x(); x < area.right(); x++) pixels.put(y * stride + x, argb);
    }

    /** Collects events from {@code input} until {@code done} holds for all of them so far, and returns them. */
    static List<InputEvent> collect(Probe probe, InputSession input, Predicate<List<InputEvent>> done) {
        List<InputEvent> all = new ArrayList<>();
        InputReader reader = probe.onEp(_ -> new InputReader(input));
        return Await.answer("input events", () -> {
            all.addAll(probe.onEp(_ -> reader.drain()));
            return all;
        }, done);
    }
}
