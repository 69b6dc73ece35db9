package org.incidentdesk.service.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public service method that changes something yet is no person's action, so no role is checked: the
 * workstation arming its timers, writing the audit checkpoint at start and exit, signing in. The reason is
 * required; the architecture test ({@code ServiceGuardTest}) accepts an acting method without
 * {@link Access#require} only with it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface Unguarded {
    /** Why no role is checked. */
    String value();
}
