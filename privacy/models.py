"""The designated officer's own records: that the access log was reviewed.

A log nobody reads protects nobody (the Dutch data protection authority fined a hospital for
exactly that). A LogReview is the proof that an officer looked at one day's unusual access for
one organisation, and what they concluded.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from organisations.models import Organisation


class LogReview(models.Model):
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        related_name="log_reviews",
        on_delete=models.PROTECT,
    )
    day = models.DateField(_("day reviewed"))
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        related_name="+",
        on_delete=models.PROTECT,
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), auto_now_add=True)
    note = models.TextField(_("findings"), blank=True)

    class Meta:
        verbose_name = _("access log review")
        verbose_name_plural = _("access log reviews")
        ordering = ["-day", "organisation__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "day"], name="log_review_once_per_organisation_day"
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation} {self.day}"
