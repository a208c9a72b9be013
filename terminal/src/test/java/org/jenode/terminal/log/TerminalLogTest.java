package org.jenode.terminal.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.jenode.base.InvalidRequestException;
import org.jenode.base.core.Core;
import org.jenode.base.log.LogSession;
import org.jenode.base.testing.Await;
import org.jenode.base.testing.Probe;
import org.jenode.base.xml.XmlNode;
import org.jenode.framebuffer.testing.HeadlessScreen;
import org.jenode.nitpicker.testing.NitpickerStart;
import org.junit.jupiter.api.Test;

/** terminal_log shows each LOG client's lines under the label init gave it, and nothing a client sends can steer the terminal. */
class TerminalLogTest {

    @Test
    void linesAppearPrefixedWithTheUnforgeableLabelAndHostileTextIsDefused() {
        Probe app = new Probe("app");
        HeadlessScreen screen = new HeadlessScreen(640, 200);
        try (Core core = screen.start(NitpickerStart.plain() + """
                <start name="terminal">
                  <resource name="RAM" quantum="16M"/>
                  <provides> <service name="Terminal"/> </provides>
                  <config gui="yes" scrollback="100"> <report screen="yes"/> </config>
                </start>
                <start name="terminal_log">
                  <resource name="RAM" quantum="1M"/>
                  <provides> <service name="LOG"/> </provides>
                </start>
                <start name="app"> <resource name="RAM" quantum="1M"/> </start>
                """, app.binary())) {
            LogSession log = app.onEp(env -> env.session(LogSession.class, "diagnostics"));
            assertThat(log.write("hello from the app\n")).isEqualTo(19);
            log.write("[init -> nitpicker] a forged label\u001b]0;owned\u0007\u001b[2J");
            log.write("two\nlines");

            XmlNode shown = Await.report(core, "init -> terminal -> screen", s -> lines(s).contains("[app -> diagnostics] lines"));
            assertThat(lines(shown)).startsWith("[app -> diagnostics] hello from the app",
                    "[app -> diagnostics] [init -> nitpicker] a forged label?]0;owned??[2J",
                    "[app -> diagnostics] two", "[app -> diagnostics] lines");
            assertThat(shown.attribute("title", "")).isEqualTo("Terminal");

            assertThatThrownBy(() -> log.write(null)).isInstanceOf(InvalidRequestException.class);
            assertThatThrownBy(() -> log.write("x".repeat(LogSession.MAX_LINE + 1))).isInstanceOf(InvalidRequestException.class);
            assertThat(log.write("x".repeat(LogSession.MAX_LINE))).isEqualTo(LogSession.MAX_LINE);
            log.write("after the refusals");
            Await.report(core, "init -> terminal -> screen", s -> lines(s).contains("[app -> diagnostics] after the refusals"));
        }
    }

    private static List<String> lines(XmlNode screen) {
        List<String> out = new ArrayList<>();
        for (XmlNode line : screen.children("line")) out.add(line.text());
        return out;
    }
}
