package uk.partnership.base.images;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves a variant. Its address holds the hash of the picture, so a new picture has a new address and each one can
 * be cached for a year by browsers and proxies alike; an unknown one is a 404.
 */
@Controller
class ImageController {

    private final ImageStore store;

    ImageController(ImageStore store) {
        this.store = store;
    }

    @GetMapping("/images/{hash:[0-9a-f]{32}}-{width:[0-9]{1,5}}.{extension:jpg|png}")
    ResponseEntity<byte[]> image(@PathVariable String hash, @PathVariable int width, @PathVariable String extension) {
        return store.variant(hash, width, extension)
                .map(variant -> ResponseEntity.ok()
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                        .eTag("\"" + hash + "-" + width + "\"")
                        .header("X-Content-Type-Options", "nosniff")
                        .contentType("png".equals(extension) ? MediaType.IMAGE_PNG : MediaType.IMAGE_JPEG)
                        .body(variant.bytes()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
