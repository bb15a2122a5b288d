"""Coordinators administer other people's sign-in: they lift a lock-out and unlink a lost
phone. Both are logged (AccountEvent) in the same transaction as the change.

Whom a coordinator may administer follows her region: the people who work for an organisation
that serves a municipality she coordinates. Only the directory (`organisations`) knows that,
and `accounts` may not import it (the dependency runs accounts ← organisations). So the
directory hands its rule in. As the admin site finds each app's `admin` module, accounts looks,
the first time it needs the rule, for a module `views/accounts_admin.py` in each installed app,
which registers the rule with `@region_rule`. Exactly one app must: without one a coordinator
would administer nobody or everybody, and neither is right.
"""

from collections.abc import Callable

from axes.models import AccessAttempt
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.db.models import QuerySet
from django.utils.module_loading import autodiscover_modules
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from .models import AccountAction, AccountEvent, User

RULE_MODULE = "views.accounts_admin"

# rule(coordinator) -> the accounts she administers, or None for every account.
Rule = Callable[[User], QuerySet[User] | None]
_rules: list[Rule] = []


def region_rule(rule: Rule) -> Rule:
    """Register the rule that says whose accounts a coordinator administers (None: all)."""
    if rule not in _rules:
        _rules.append(rule)
    return rule


def administered_accounts(coordinator: User) -> QuerySet[User] | None:
    """The accounts this coordinator administers; None when she administers every account
    (a superuser always), and then also lock-outs of e-mail addresses that have none."""
    if coordinator.is_superuser:
        return None
    if not _rules:
        autodiscover_modules(RULE_MODULE)
    if len(_rules) != 1:
        raise ImproperlyConfigured(
            f"Exactly one installed app must say whom coordinators administer (in a "
            f"{RULE_MODULE} module, with @accounts.administration.region_rule); "
            f"found {len(_rules)}."
        )
    return _rules[0](coordinator)


def may_administer(coordinator: User, account: User | None) -> bool:
    """Whether this coordinator may act on the account (None: an address without one)."""
    accounts = administered_accounts(coordinator)
    if accounts is None:
        return True
    return account is not None and accounts.filter(pk=account.pk).exists()


def blocked_account(attempt: AccessAttempt) -> User | None:
    """The account whose e-mail address is blocked, if there is one."""
    return User.objects.filter(email=attempt.username).first()


def lift_lock_out(attempt: AccessAttempt, *, by: User) -> None:
    """The blocked e-mail address may try to sign in again from that address at once."""
    with transaction.atomic():
        account = blocked_account(attempt)
        attempt.delete()
        AccountEvent.objects.create(actor=by, subject=account, action=AccountAction.LOCK_OUT_LIFTED)


def unlink_authenticator(account: User, *, by: User) -> None:
    """Unlink the account's authenticator app and backup codes: at the next second step the
    owner links an app again."""
    with transaction.atomic():
        TOTPDevice.objects.filter(user=account).delete()
        StaticDevice.objects.filter(user=account).delete()
        AccountEvent.objects.create(
            actor=by, subject=account, action=AccountAction.SECOND_FACTOR_RESET
        )
