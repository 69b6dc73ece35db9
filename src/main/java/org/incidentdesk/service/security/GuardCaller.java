package org.incidentdesk.service.security;

/** Which service method asked a guard of this package, for the audit entry of a refusal. */
final class GuardCaller {
    private static final java.util.Set<String> GUARDS = java.util.Set.of(GuardCaller.class.getName(),
            Access.class.getName(), IncidentVisibility.class.getName());
    private GuardCaller() {
    }

    /**
     * The service method that called the guard, as Class.method: the first frame outside the guards of this package
     * ({@link Access}, {@link IncidentVisibility}).
     */
    static String attempted() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> !GUARDS.contains(f.getClassName()))
                .findFirst()
                .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName())
                .orElse("?"));
    }
}
