package org.jenode.nitpicker.server;

import org.slf4j.Logger;

/**
 * Warnings a client can cause as often as it likes (commands naming unknown views): the first of a burst
 * is logged, the rest only counted, and a frame without any ends the burst with one line saying how many
 * there were. So a flood costs two log lines, not one per command.
 */
final class BurstLog {

    private final Logger log;
    private final String label;
    private long suppressed;
    private boolean inBurst;
    private boolean sinceFrame;

    BurstLog(Logger log, String label) {
        this.log = log;
        this.label = label;
    }

    void warn(String what) {
        sinceFrame = true;
        if (inBurst) {
            suppressed++;
            return;
        }
        inBurst = true;
        log.warn("{}: {} (further ones are counted until they stop)", label, what);
    }

    /** A frame passed: a burst with nothing new since the previous frame is over. */
    void frame() {
        if (inBurst && !sinceFrame) {
            if (suppressed > 0) log.warn("{}: {} more like it", label, suppressed);
            inBurst = false;
            suppressed = 0;
        }
        sinceFrame = false;
    }
}
