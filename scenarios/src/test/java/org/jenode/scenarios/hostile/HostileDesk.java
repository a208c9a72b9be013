package org.jenode.scenarios.hostile;

import java.util.List;
import org.jenode.base.core.Core;
import org.jenode.base.geometry.Rect;
import org.jenode.base.testing.Await;
import org.jenode.base.testing.Probe;
import org.jenode.base.testing.TestScenario;
import org.jenode.base.xml.XmlNode;
import org.jenode.base.xml.XmlParser;
import org.jenode.framebuffer.CaptureSession;
import org.jenode.framebuffer.Mode;

/**
 * The desktop under attack: nitpicker on a headless screen with {@code hello} as the bystander whose
 * service must not suffer, a second headless driver ({@code fb2}) that nobody else uses so that the
 * attacker can hold every driver session itself, a terminal and a terminal_log (on a terminal of its
 * own) for the Terminal and LOG services, a loader for the Loader service, and the attacker, a probe named {@code evil}. Init reports its
 * state, so a fault anywhere shows.
 */
final class HostileDesk implements AutoCloseable {

    /** A pixel of hello's box (240x80 at (60, 40)) away from its text, and its colour. */
    static final int BYSTANDER_X = 65, BYSTANDER_Y = 45, BYSTANDER_RGB = 0x2a4d69;

    final Probe evil = new Probe("evil");
    final Probe witness = new Probe("witness");
    final Core core;

    HostileDesk(String nitpickerQuantum) {
        core = TestScenario.start("""
            <scenario ram="512M">
              <config>
                <parent-provides> <service name="ROM"/> <service name="Timer"/> <service name="Report"/> </parent-provides>
                <report/>
                <start name="fb">
                  <binary name="fb_headless"/> <resource name="RAM" quantum="8M"/>
                  <provides> <service name="Framebuffer"/> <service name="Input"/> <service name="Event"/> <service name="Capture"/> </provides>
                  <config width="400" height="300"/>
                  <route> <any-service> <parent/> </any-service> </route>
                </start>
                <start name="fb2">
                  <binary name="fb_headless"/> <resource name="RAM" quantum="8M"/>
                  <provides> <service name="Framebuffer"/> <service name="Input"/> <service name="Event"/> <service name="Capture"/> </provides>
                  <config width="200" height="100"/>
                  <route> <any-service> <parent/> </any-service> </route>
                </start>
                <start name="nitpicker">
                  <resource name="RAM" quantum="%s"/>
                  <provides> <service name="Nitpicker"/> </provides>
                  <route> <service name="Framebuffer"> <child name="fb"/> </service> <service name="Input"> <child name="fb"/> </service>
                          <any-service> <parent/> </any-service> </route>
                  <config> <domain name="default" layer="2"/> <domain name="behind" layer="3"/>
                           <policy label="terminal" domain="behind"/> <policy label="log_terminal" domain="behind"/>
                           <policy label="" domain="default"/> </config>
                </start>
                <start name="hello">
                  <resource name="RAM" quantum="2M"/>
                  <config xpos="60" ypos="40"/>
                  <route> <service name="Nitpicker"> <child name="nitpicker"/> </service> <any-service> <parent/> </any-service> </route>
                </start>
                <start name="terminal">
                  <resource name="RAM" quantum="24M"/> <provides> <service name="Terminal"/> </provides>
                  <route> <service name="Nitpicker"> <child name="nitpicker"/> </service> <any-service> <parent/> </any-service> </route>
                </start>
                <start name="log_terminal">
                  <binary name="terminal"/> <resource name="RAM" quantum="24M"/> <provides> <service name="Terminal"/> </provides>
                  <route> <service name="Nitpicker"> <child name="nitpicker"/> </service> <any-service> <parent/> </any-service> </route>
                </start>
                <start name="terminal_log">
                  <resource name="RAM" quantum="2M"/> <provides> <service name="LOG"/> </provides>
                  <route> <service name="Terminal"> <child name="log_terminal"/> </service> <any-service> <parent/> </any-service> </route>
                </start>
                <start name="loader">
                  <resource name="RAM" quantum="8M"/> <provides> <service name="Loader"/> </provides>
                  <route> <service name="Nitpicker"> <child name="nitpicker"/> </service> <any-service> <parent/> </any-service> </route>
                </start>
                <start name="evil">
                  <resource name="RAM" quantum="64M"/>
                  <route> <service name="Nitpicker"> <child name="nitpicker"/> </service> <service name="Terminal"> <child name="terminal"/> </service>
                          <service name="LOG"> <child name="terminal_log"/> </service>
                          <service name="Loader"> <child name="loader"/> </service>
                          <any-service> <child name="fb2"/> <parent/> </any-service> </route>
                </start>
                <start name="witness">
                  <resource name="RAM" quantum="12M"/>
                  <route> <service name="Capture"> <child name="fb"/> </service> <service name="Event"> <child name="fb"/> </service>
                          <service name="Nitpicker"> <child name="nitpicker"/> </service>
                          <any-service> <parent/> </any-service> </route>
                </start>
              </config>
            </scenario>
            """.formatted(nitpickerQuantum), evil.binary(), witness.binary());
    }

    /** Waits until hello's pixels are on the screen, as the user sees them. */
    void awaitBystander() {
        CaptureSession screen = witness.onEp(env -> env.session(CaptureSession.class, "screen"));
        Await.until("hello's box on the screen", () -> {
            Mode m = screen.mode();
            int[] p = screen.pixels(new Rect(BYSTANDER_X, BYSTANDER_Y, 1, 1));
            return m.width() == 400 && p.length == 1 && (p[0] & 0xffffff) == BYSTANDER_RGB;
        });
    }

    /** Init's state report, once it lists every child as running. */
    XmlNode awaitAllRunning() {
        return Await.report(core, "init -> state", s -> s.children("child").size() == 10
                && s.children("child").stream().allMatch(c -> c.attribute("state", "").equals("running")));
    }

    /** Children that are not running, with their fault messages. */
    List<String> casualties() {
        return core.report("init -> state").map(text -> XmlParser.parse(text, "state"))
                .map(s -> s.children("child").stream().filter(c -> !c.attribute("state", "").equals("running"))
                        .map(XmlNode::toXml).toList())
                .orElse(List.of("no state report"));
    }

    @Override public void close() { core.close(); }
}
