package org.jenode.base;

/** Reads the {@link ServiceName} of session interfaces. */
public final class Sessions {

    private Sessions() { }

    public static String serviceName(Class<? extends Session> type) { return annotation(type).value(); }

    public static long defaultQuota(Class<? extends Session> type) { return annotation(type).ramQuota(); }

    private static ServiceName annotation(Class<? extends Session> type) {
        ServiceName name = type.getAnnotation(ServiceName.class);
        if (name == null) throw new IllegalArgumentException(type.getName() + " lacks @ServiceName");
        return name;
    }
}
