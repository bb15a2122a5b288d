from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class UserManager(BaseUserManager["User"]):
    """Users sign in with their e-mail address; there is no separate user name."""

    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra_fields) -> "User":
        if not email:
            raise ValueError("An e-mail address is required")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra_fields) -> "User":
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email: str, password: str | None = None, **extra_fields) -> "User":
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, username: str | None) -> "User":
        return self.get(email__iexact=username)


class User(AbstractUser):
    """A person who signs in: a professional, an organisation editor or a coordinator."""

    username = None
    first_name = None
    last_name = None
    email = models.EmailField(_("e-mail address"), unique=True)
    full_name = models.CharField(_("full name"), max_length=150, blank=True)
    job_title = models.CharField(_("job title"), max_length=150, blank=True)
    is_coordinator = models.BooleanField(
        _("coordinator"),
        default=False,
        help_text=_("Coordinators maintain the whole directory of a region."),
    )

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["email"]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="user_email_unique_case_insensitive"),
        ]

    def __str__(self) -> str:
        return self.full_name or self.email

    def get_full_name(self) -> str:
        return self.full_name or self.email

    def get_short_name(self) -> str:
        return self.full_name.split(" ")[0] if self.full_name else self.email

    def save(self, *args, **kwargs) -> None:
        self.email = self.email.strip().lower()
        super().save(*args, **kwargs)


class AccountAction(models.TextChoices):
    LOCK_OUT_LIFTED = "lock_out_lifted", _("Sign-in block lifted")
    SECOND_FACTOR_RESET = "second_factor_reset", _("Authenticator app unlinked")


class AccountEventError(Exception):
    """The account log is append-only."""


class AccountEvent(models.Model):
    """A coordinator's act on someone else's sign-in: who did what to whose account, and when.

    Append-only: rows are added, never changed or removed. `subject` is empty when the blocked
    e-mail address has no account; the address itself is not kept (no free text here).
    """

    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        User,
        verbose_name=_("by"),
        related_name="+",
        on_delete=models.PROTECT,
    )
    subject = models.ForeignKey(
        User,
        verbose_name=_("account"),
        related_name="account_events",
        null=True,
        on_delete=models.PROTECT,
    )
    action = models.CharField(_("what"), max_length=30, choices=AccountAction)

    class Meta:
        verbose_name = _("account event")
        verbose_name_plural = _("account events")
        ordering = ["-at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(action__in=AccountAction.values), name="account_event_action_valid"
            )
        ]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor} {self.action} {self.subject or '-'}"

    def save(self, *args, **kwargs) -> None:
        if not self._state.adding:
            raise AccountEventError("The account log is append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AccountEventError("The account log is append-only.")
