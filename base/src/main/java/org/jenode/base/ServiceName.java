package org.jenode.base;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The service name under which a session interface is announced and routed, such as {@code "ROM"}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ServiceName {

    String value();

    /** The donation a client makes when it does not say otherwise: the server's metadata for the session. */
    long ramQuota() default 8 * 1024;
}
