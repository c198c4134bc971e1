package uk.partnership.base.documents;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves a document as a download. Its address holds the hash of the file, so a new file has a new address and a
 * public one can be cached for a year by anyone. A document whose owner a visitor may not see (a draft, a post still
 * to come, a deleted item) is a 404 for visitors and a private, uncached download for a coordinator.
 */
@Controller
class DocumentController {

    private final Documents documents;

    DocumentController(Documents documents) {
        this.documents = documents;
    }

    @GetMapping("/documents/{hash:[0-9a-f]{32}}/{name:[a-z0-9-]{1,100}}.pdf")
    ResponseEntity<byte[]> download(@PathVariable String hash, HttpServletRequest request) {
        return documents.download(hash, request.isUserInRole("COORDINATOR"))
                .map(file -> ResponseEntity.ok()
                        .cacheControl(file.visible()
                                ? CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()
                                : CacheControl.noStore().cachePrivate())
                        .eTag("\"" + hash + "\"")
                        .header("X-Content-Type-Options", "nosniff")
                        .header("Content-Disposition", ContentDisposition.attachment()
                                .filename(file.fileName()).build().toString())
                        .contentType(MediaType.APPLICATION_PDF)
                        .body(file.bytes()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
