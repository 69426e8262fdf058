package org.fullsms.spi.params;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes one component of an analysis's parameter record. From the annotated record the workbench makes the
 * settings form (a labelled field per component, with its unit and limits), the command line parses
 * {@code --analysis ID:name=value,...}, and sessions store the values by component name.
 * <p>
 * Supported component types: {@code double}, {@code int}, {@code long}, {@code boolean}, {@code String} and enums.
 * Values outside {@link #min()}…{@link #max()} are refused with a message naming the parameter before the analysis
 * runs. A component without this annotation is still a parameter, labelled by its name.
 *
 * <pre>{@code
 * public record BurstParameters(
 *         @Parameter(label = "Threshold", unit = "counts/ms", min = 0) double threshold,
 *         @Parameter(label = "Minimum photons", min = 1) int minPhotons) {
 * }
 * }</pre>
 *
 * @since 1.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD, ElementType.FIELD })
public @interface Parameter {

    /** The label of the field in forms, e.g. "Threshold". Empty: the component's name. */
    String label() default "";

    /** The unit shown beside the field and in tables, e.g. "ns" or "counts/ms". Empty: dimensionless. */
    String unit() default "";

    /** A sentence shown as the field's tooltip and in {@code fullsms help}. */
    String description() default "";

    /** The smallest value allowed (numbers only). */
    double min() default Double.NEGATIVE_INFINITY;

    /** The largest value allowed (numbers only). */
    double max() default Double.POSITIVE_INFINITY;
}
