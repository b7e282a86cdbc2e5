"""Cards that must not open a session, and readers that misbehave, through the real stack.

pcscd + vpcd + a virtual card + the kiosk's PC/SC reader + the session + the backend on
loopback. Each refusal shows its own notice and leaves the kiosk ready: the next
genuine card in the same kiosk gets its session.

The backend here gives a card 2 s to sign its challenge (60 s in production), so a
card slower than that shows what an expired challenge does without a minute's wait.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import replace

import pytest
from cryptography.hazmat.primitives.asymmetric import ec

from kiosk.devices.pcsc import PcscCardReader
from kiosk.session import Notice, Stage
from kiosk.views.notice import notice_texts
from testbed.demo import VpcdSlot, cloned_card
from testbed.virtual_card import VirtualCard, demo_virtual_cards
from testbed.vpcd import VpcdCard
from tests.fixtures.kiosk import FAST, FAST_MSSP, KioskRig, RigFactory
from tests.fixtures.pcscd import READER_0, READER_1, Pcscd
from tests.kiosk.views.helpers import PROPAGATE_SIZE_HINTS, label
from tests.support import LiveBackend, free_port

CHALLENGE_TTL_S = 2


@pytest.fixture
def demo_backend(database_url: str) -> Iterator[LiveBackend]:
    backend = LiveBackend(database_url, free_port(), demo_mode=True, forked=True,
                          environment={**FAST_MSSP, "KIOSK_BACKEND_CHALLENGE_TTL_SECONDS": str(CHALLENGE_TTL_S)})
    backend.start()
    yield backend
    backend.stop()


@pytest.fixture(autouse=True)
def _readers_empty_after(pcscd: Pcscd) -> Iterator[None]:
    yield
    for reader in (READER_0, READER_1):
        pcscd.wait_for_state(reader, present=False)


class RecordingCard(VirtualCard):
    """A genuine card that remembers every signature it gave, as an eavesdropper on the line would."""

    def __init__(self, original: VirtualCard) -> None:
        super().__init__(original.number, original.kind, original.private_key)
        self.signatures: list[bytes] = []

    def _authenticate(self, command):  # type: ignore[no-untyped-def]
        data, sw = super()._authenticate(command)
        if data:
            self.signatures.append(data)
        return data, sw


class ReplayingCard(VirtualCard):
    """The eavesdropper's card: the victim's number, and a recorded signature for every challenge."""

    def __init__(self, number: str, signature: bytes) -> None:
        super().__init__(number, "owner", ec.generate_private_key(ec.SECP256R1()))
        self._replayed = signature

    def _authenticate(self, command):  # type: ignore[no-untyped-def]
        return self._replayed, 0x9000


class SlowCard(VirtualCard):
    """A genuine card that takes longer than the challenge's lifetime to sign (a worn chip, say)."""

    def __init__(self, original: VirtualCard, delay_s: float) -> None:
        super().__init__(original.number, original.kind, original.private_key)
        self._delay_s = delay_s

    def _authenticate(self, command):  # type: ignore[no-untyped-def]
        time.sleep(self._delay_s)
        return super()._authenticate(command)


def _pcsc_rig(make_rig: RigFactory, port: int = 35963, pattern: str | None = None) -> tuple[KioskRig, VpcdSlot]:
    slot = VpcdSlot(port)
    reader = PcscCardReader(reader_pattern=pattern if pattern is not None else f"^{re.escape(READER_0)}$")
    return make_rig(with_window=False, reader=reader, slot=slot), slot


def _refused(rig: KioskRig, slot: VpcdSlot, card: VirtualCard) -> Notice | None:
    slot.insert(card)
    rig.wait_stage(Stage.NOTICE)
    return rig.session.notice


def _next_card_opens_a_session(rig: KioskRig, slot: VpcdSlot) -> None:
    slot.remove()
    rig.wait_stage(Stage.ATTRACT, timeout=5000)
    slot.insert(demo_virtual_cards()["anna"])
    rig.wait_pending_confirmation()
    assert rig.session.first_name == "Anna"


def test_a_cloned_card_is_refused(pcscd: Pcscd, make_rig: RigFactory) -> None:
    rig, slot = _pcsc_rig(make_rig)
    assert _refused(rig, slot, cloned_card(demo_virtual_cards()["matti"])) is Notice.CARD_NOT_VERIFIED
    assert rig.session.first_name == "" and not rig.kiosk.api.has_session  # type: ignore[attr-defined]
    _next_card_opens_a_session(rig, slot)


def test_a_replayed_signature_is_refused(pcscd: Pcscd, make_rig: RigFactory) -> None:
    rig, slot = _pcsc_rig(make_rig)
    genuine = RecordingCard(demo_virtual_cards()["matti"])
    slot.insert(genuine)
    rig.wait_pending_confirmation()  # Matti's visit, overheard
    slot.remove()
    rig.wait_stage(Stage.ATTRACT, timeout=5000)
    assert len(genuine.signatures) == 1

    assert _refused(rig, slot, ReplayingCard(genuine.number, genuine.signatures[0])) is Notice.CARD_NOT_VERIFIED
    assert rig.session.first_name == "" and not rig.kiosk.api.has_session  # type: ignore[attr-defined]
    _next_card_opens_a_session(rig, slot)


def test_a_card_slower_than_its_challenge_is_refused(pcscd: Pcscd, make_rig: RigFactory) -> None:
    rig, slot = _pcsc_rig(make_rig)
    slow = SlowCard(demo_virtual_cards()["matti"], delay_s=CHALLENGE_TTL_S + 0.5)
    assert _refused(rig, slot, slow) is Notice.CARD_TOO_SLOW
    assert rig.session.first_name == "" and not rig.kiosk.api.has_session  # type: ignore[attr-defined]
    _next_card_opens_a_session(rig, slot)


def test_a_pcscd_crash_ends_the_session_and_the_card_is_read_again(pcscd: Pcscd, make_rig: RigFactory) -> None:
    rig, slot = _pcsc_rig(make_rig)
    matti = demo_virtual_cards()["matti"]
    slot.insert(matti)
    rig.approve_phone()
    rig.wait_stage(Stage.PORTAL)
    token_before = rig.kiosk.api.session_token  # type: ignore[attr-defined]

    pcscd.restart()  # kill -9 and start again, the card still in the reader

    # The reader vanished with pcscd: the portal closes, since nobody can tell whether the
    # card stayed in, and the old session is revoked.
    rig.qtbot.waitUntil(lambda: rig.session.stage is not Stage.PORTAL, timeout=10000)
    # The revocation runs on the worker thread, after the stage has changed.
    rig.qtbot.waitUntil(lambda: rig.kiosk.api.session_token is None, timeout=10000)
    # A physical card stays in the slot; a vpcd card's connection died with pcscd, so it
    # reconnects, which to pcscd is the same card still being there.
    slot.insert(matti)
    rig.wait_pending_confirmation(timeout=15000)
    assert rig.session.first_name == "Matti"
    assert rig.session.assurance == "card"
    assert rig.kiosk.api.session_token not in (None, token_before)  # type: ignore[attr-defined]


def test_with_two_readers_the_pattern_chooses_which_one_the_kiosk_uses(pcscd: Pcscd, make_rig: RigFactory) -> None:
    rig, slot = _pcsc_rig(make_rig, port=35964, pattern=r"00 01$")
    other = VpcdSlot(35963)
    try:
        other.insert(demo_virtual_cards()["anna"])  # the reader the pattern leaves out
        pcscd.wait_for_state(READER_0, present=True)
        time.sleep(0.5)
        assert rig.session.stage is Stage.ATTRACT
        slot.insert(demo_virtual_cards()["matti"])
        rig.wait_pending_confirmation()
        assert rig.session.first_name == "Matti"
    finally:
        other.remove()


EXCHANGE_TIMEOUT_S = 1.0
NOTICE_MIN_S = 1.5


@pytest.mark.qt_log_ignore(PROPAGATE_SIZE_HINTS)
def test_a_card_that_never_answers_is_given_up_and_the_notice_says_to_take_it_out(
        pcscd: Pcscd, make_rig: RigFactory) -> None:
    """pcscd waits for a mute card's answer as long as the card stays in; the kiosk does not."""
    reader = PcscCardReader(reader_pattern=f"^{re.escape(READER_0)}$", exchange_timeout_s=EXCHANGE_TIMEOUT_S)
    slot = VpcdSlot()
    rig = make_rig(reader=reader, slot=slot, timing=replace(FAST, notice_min_ms=int(NOTICE_MIN_S * 1000)))
    # When the session changed stage, not when this test got round to seeing it (later, on a loaded machine).
    seen: dict[Stage, float] = {}
    rig.session.stage_changed.connect(lambda stage: seen.setdefault(stage, time.monotonic()))
    mute = VpcdCard(demo_virtual_cards()["matti"])
    mute.mute_after(2)  # SELECT is answered, READ never
    mute.insert()
    try:
        rig.wait_stage(Stage.READING)
        rig.wait_stage(Stage.NOTICE, timeout=int((EXCHANGE_TIMEOUT_S + 3) * 1000))
        assert seen[Stage.NOTICE] - seen[Stage.READING] >= EXCHANGE_TIMEOUT_S - 0.05  # READ took the whole deadline
        assert rig.session.notice is Notice.CARD_UNREADABLE
        screen = rig.window.views[Stage.NOTICE]
        rig.qtbot.waitUntil(screen.isVisible, timeout=3000)
        assert label(screen, "notice-title").text() == notice_texts(Notice.CARD_UNREADABLE)[0]
        assert label(screen, "notice-take-card-text").isVisible()  # "take your card from the reader"
    finally:
        mute.remove()  # pulled at once: the notice stays to be read
    rig.qtbot.waitUntil(lambda: not rig.session.card_present, timeout=3000)
    assert rig.session.stage is Stage.NOTICE
    rig.wait_stage(Stage.ATTRACT, timeout=5000)
    assert seen[Stage.ATTRACT] - seen[Stage.NOTICE] >= NOTICE_MIN_S - 0.05
    pcscd.wait_for_state(READER_0, present=False)
    time.sleep(VpcdSlot.SETTLE_S)  # a card back within pcscd's next poll may go unseen (DESIGN.md §4)
    _next_card_opens_a_session(rig, slot)  # the reader let go of the mute card's connection
