package org.jenode.base.init;

import org.jenode.base.ComponentEnv;
import org.jenode.base.Service;
import org.jenode.base.Session;

/** A service that a child announced: where init routes requests for it. */
record Announcement<S extends Session>(Class<S> type, Service<S> service, ComponentEnv server) { }
