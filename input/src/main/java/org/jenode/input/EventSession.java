package org.jenode.input;

import java.util.List;
import org.jenode.base.ServiceName;
import org.jenode.base.Session;

/** Injects events into a driver's input stream, as if they came from its device (tests, remote input). */
@ServiceName(value = "Event", ramQuota = 8 * 1024)
public interface EventSession extends Session {

    void submit(List<InputEvent> events);
}
