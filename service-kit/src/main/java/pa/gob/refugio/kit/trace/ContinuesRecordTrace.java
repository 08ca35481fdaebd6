package pa.gob.refugio.kit.trace;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The method handles a Kafka record (its {@code ConsumerRecord} parameter) inside the trace the record's
 * {@code traceparent} header carries: see {@link RecordTraceInterceptor}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ContinuesRecordTrace {
}
