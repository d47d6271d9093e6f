package org.sijill.base;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sijill.shared.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The registered bases, searchable by English or Arabic name and by alias. */
@RestController
@RequestMapping("/api/v1/bases")
@Tag(name = "Bases")
class BaseController {

    private final BaseCatalog bases;

    BaseController(BaseCatalog bases) {
        this.bases = bases;
    }

    @GetMapping
    @Operation(summary = "Bases whose English name, Arabic name or an alias contains q (all bases without q)",
            description = "Arabic is matched after folding hamza and alef forms, ta marbuta and diacritics, so "
                    + "«عين الاسد» finds «قاعدة عين الأسد الجوية» and «القبارية» finds Qayyarah.")
    List<BaseView> search(@Parameter(example = "عين الاسد") @RequestParam(required = false)
                          @Size(max = 200, message = "must be at most 200 characters") String q) {
        return bases.search(q == null || q.isBlank() ? null : q).stream().map(BaseView::of).toList();
    }

    @GetMapping("/{baseId}")
    @Operation(summary = "One base")
    BaseView one(@Parameter(example = "ain-al-asad") @PathVariable String baseId) {
        return bases.find(baseId).map(BaseView::of).orElseThrow(() -> new NotFoundException("base", baseId));
    }
}
