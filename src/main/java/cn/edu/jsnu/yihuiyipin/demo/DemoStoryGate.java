package cn.edu.jsnu.yihuiyipin.demo;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the demo plays last year's round ({@link DemoRound}), the engine's clock stands in last year for
 * everybody: a task completed meanwhile would be dated then. So a request that changes something in the
 * engine (Tasklist's {@code /camunda/api/engine}, {@code /engine-rest}) waits until last year is done,
 * a few seconds after the first start and never later; reading, signing in and the pages go on as usual.
 */
@Component
@Profile("demo")
class DemoStoryGate extends OncePerRequestFilter {

    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

    private final DemoRound demo;

    DemoStoryGate(DemoRound demo) {
        this.demo = demo;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!demo.story().isDone() && changesTheEngine(request)) {
            try {
                demo.story().get(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // last year failed or hangs: the request goes on, as it would without a demo
            }
        }
        chain.doFilter(request, response);
    }

    static boolean changesTheEngine(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !READING.contains(request.getMethod())
                && (path.contains("/engine-rest/") || path.contains("/camunda/api/engine/"));
    }
}
