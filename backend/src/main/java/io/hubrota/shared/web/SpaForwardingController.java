package io.hubrota.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the SPA's index.html for its client-side routes (/rota, /my-shifts, /admin/users/12 ...), so a reload or
 * a bookmarked link works. Only paths whose segments have no dot (files like /assets/x.js are served as they are)
 * and that are not the API, actuator, API docs or the sign-on endpoints.
 */
@Controller
class SpaForwardingController {

    private static final String FIRST = "{first:(?!api$|actuator$|v3$|swagger-ui$|oauth2$|login$|error$)[\\w-]+}";

    @GetMapping({ "/" + FIRST, "/" + FIRST + "/" + "{second:[\\w-]+}",
            "/" + FIRST + "/{second:[\\w-]+}/{third:[\\w-]+}",
            "/" + FIRST + "/{second:[\\w-]+}/{third:[\\w-]+}/{fourth:[\\w-]+}" })
    String forwardToSpa() {
        return "forward:/index.html";
    }
}
