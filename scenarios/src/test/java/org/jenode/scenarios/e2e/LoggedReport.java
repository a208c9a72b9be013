package org.jenode.scenarios.e2e;

import java.util.List;
import java.util.Optional;
import org.jenode.base.xml.XmlNode;
import org.jenode.base.xml.XmlParser;

/**
 * A report as the desktop's verbose report_rom logged it ({@code report 'LABEL': XML}), e.g. nitpicker's
 * {@code focus} or the launcher's {@code state}.
 *
 * @param xml  the report
 * @param line the log line it was read from, to find what came after it
 */
record LoggedReport(XmlNode xml, int line) {

    /** The last report of {@code label} in {@code log}, from line {@code from} on. */
    static Optional<LoggedReport> last(List<String> log, String label, int from) {
        String marker = "report '" + label + "': ";
        for (int i = log.size() - 1; i >= Math.max(0, from); i--) {
            int at = log.get(i).indexOf(marker);
            if (at >= 0) return Optional.of(new LoggedReport(XmlParser.parse(log.get(i).substring(at + marker.length()), label + " in the log"), i));
        }
        return Optional.empty();
    }
}
