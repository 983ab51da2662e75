package com.creditline.risk.models;

import com.creditline.common.security.Access;
import com.creditline.common.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Ops train challengers on the platform's own book and promote one to decide applications. */
@Tag(name = "Risk models", description = "The champion, challengers trained on the platform's book, promotion.")
@RestController
class ModelController {

    private final ScorecardModels models;
    private final ChallengerTraining training;
    private final ModelPromotion promotion;

    ModelController(ScorecardModels models, ChallengerTraining training, ModelPromotion promotion) {
        this.models = models;
        this.training = training;
        this.promotion = promotion;
    }

    record Promote(@NotBlank @Size(max = 500) String reason) {}

    @Operation(
            summary = "List the models",
            description = "Every model in the registry, newest first: the champion that decides applications,"
                    + " challengers with their comparison against the champion, and retired champions kept for"
                    + " rollback.")
    @ApiResponse(responseCode = "200", description = "The models.")
    @GetMapping("/api/v1/admin/risk/models")
    @PreAuthorize(Access.STAFF)
    List<RegisteredModel> models() {
        return models.all();
    }

    @Operation(
            summary = "The promotion history",
            description = "Every promotion of a model to champion (a rollback is one too), newest first: the model,"
                    + " the champion it replaced, who promoted it, when and why.")
    @ApiResponse(responseCode = "200", description = "The promotions.")
    @GetMapping("/api/v1/admin/risk/models/promotions")
    @PreAuthorize(Access.STAFF)
    List<Promotion> promotions() {
        return models.promotions();
    }

    @Operation(
            summary = "Train a challenger",
            description = "Trains a scorecard on the applications whose outcome is known (good or bad; see"
                    + " docs/risk-model.md), holding out a stratified 30 % on which it is compared with the champion:"
                    + " AUC, Gini and KS of both, the challenger's population stability against its training, and"
                    + " the approval and bad rates of both at the platform's cut-off. The challenger decides nothing"
                    + " until promoted.")
    @ApiResponse(responseCode = "201", description = "The challenger, with its comparison.")
    @ApiResponse(responseCode = "422", description = "Too few labelled applications (or bads) to train on.")
    @PostMapping("/api/v1/admin/risk/models/challengers")
    @PreAuthorize(Access.CREDIT_OFFICER)
    @ResponseStatus(HttpStatus.CREATED)
    RegisteredModel train(Caller caller) {
        return training.train(caller.actor());
    }

    @Operation(
            summary = "Promote a model",
            description = "Makes a challenger, or a retired champion (a rollback), the model that decides every"
                    + " application from now on; the champion before it retires. Recorded with who promoted it and"
                    + " why.")
    @ApiResponse(responseCode = "200", description = "The model, now the champion.")
    @ApiResponse(responseCode = "404", description = "No such model and version.")
    @ApiResponse(responseCode = "409", description = "The model is the champion already.")
    @PostMapping("/api/v1/admin/risk/models/{modelId}/versions/{version}/promotion")
    @PreAuthorize(Access.ADMIN)
    RegisteredModel promote(
            @PathVariable String modelId,
            @PathVariable int version,
            Caller caller,
            @Valid @RequestBody Promote request) {
        return promotion.promote(modelId, version, caller.actor(), request.reason());
    }
}
