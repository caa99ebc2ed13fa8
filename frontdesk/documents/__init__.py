"""Paper documents handed to residents: accusés de réception, récépissés, attestations, consent forms,
information notices and follow-up letters.

Core only (no Qt): ``issue`` commits the record and returns an ``IssuedDocument``; ``render`` turns it
into PDF bytes the UI previews and prints; ``reprint`` makes a duplicata; ``verify`` checks a code.
"""

from frontdesk.documents import integrity
from frontdesk.documents.data import (
    Acknowledgement,
    AssistanceReceipt,
    ConsentForm,
    DepositCertificate,
    DocumentData,
    FollowUpLetter,
    InformationNotice,
    Piece,
    PostalAddress,
    Purpose,
    Service,
)
from frontdesk.documents.notice import information_notice
from frontdesk.documents.page import PageFormat
from frontdesk.documents.service import (
    IssuedDocument,
    Verification,
    issue,
    issue_in,
    latest_for_resident,
    load,
    record_reprint,
    render,
    render_batch,
    reprint,
    sheet,
    verify,
)

__all__ = [
    "Acknowledgement", "AssistanceReceipt", "ConsentForm", "DepositCertificate", "DocumentData",
    "FollowUpLetter", "InformationNotice", "IssuedDocument", "PageFormat", "Piece", "PostalAddress", "Purpose",
    "Service", "Verification", "information_notice", "integrity", "issue", "issue_in", "latest_for_resident", "load",
    "record_reprint", "render", "render_batch", "reprint", "sheet", "verify",
]
