#include "ui/publisheventdialog.h"

#include <algorithm>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include "models/ticketmodel.h"

using namespace Qt::StringLiterals;

PublishEventDialog::PublishEventDialog(const QString &stream, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Publish Test Event"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Adds one change entry to <b>%1</b>, as a producer would. Processors, the SSE "
                                "gateway and this console should all show it within a second.")
                                 .arg(stream.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_type = new QComboBox(this);
    for (const QString &type : TestEvent::types())
        m_type->addItem(TicketModel::typeLabel(type), type);
    m_action = new QComboBox(this);
    for (const QString &action : TestEvent::actions())
        m_action->addItem(action, action);
    m_action->setCurrentIndex(1); // updated
    m_number = new QLineEdit(this);
    m_number->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[A-Z]{2,6}[0-9]{1,10}"_s), m_number));
    m_number->setClearButtonEnabled(true);
    m_state = new QLineEdit(this);
    m_state->setValidator(new QRegularExpressionValidator(QRegularExpression(u"-?[0-9]{1,4}"_s), m_state));
    m_state->setClearButtonEnabled(true);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Action:"), m_action);
    form->addRow(tr("&Number:"), m_number);
    form->addRow(tr("&State code:"), m_state);
    layout->addLayout(form);

    m_preview = new QLabel(this);
    m_preview->setObjectName(u"preview"_s);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_preview);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Publish"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_type, &QComboBox::currentIndexChanged, this, &PublishEventDialog::updatePreview);
    connect(m_action, &QComboBox::currentIndexChanged, this, &PublishEventDialog::updatePreview);
    connect(m_number, &QLineEdit::textChanged, this, &PublishEventDialog::updatePreview);
    connect(m_state, &QLineEdit::textChanged, this, &PublishEventDialog::updatePreview);
    // Half-typed input ("IN", "-") is not published: empty means the default, else it must be whole.
    QPushButton *publish = buttons->button(QDialogButtonBox::Ok);
    const auto checkInput = [this, publish] {
        const bool numberOk = m_number->text().isEmpty() || m_number->hasAcceptableInput();
        const bool stateOk = m_state->text().isEmpty() || m_state->hasAcceptableInput();
        publish->setEnabled(numberOk && stateOk);
    };
    connect(m_number, &QLineEdit::textChanged, this, checkInput);
    connect(m_state, &QLineEdit::textChanged, this, checkInput);
    updatePreview();
    // Wide enough for the preview's sys_id on one line.
    resize(std::max(width(), fontMetrics().horizontalAdvance(QLatin1Char('0')) * 60), sizeHint().height());
}

TestEvent PublishEventDialog::event() const
{
    TestEvent event;
    event.type = m_type->currentData().toString();
    event.action = m_action->currentData().toString();
    event.number = m_number->text().trimmed();
    event.state = m_state->text().trimmed();
    if (m_existing) {
        event.type = m_existing->type;
        event.sysId = m_existing->sysId;
        event.baseRecord = m_existing->recordJson;
        event.assignmentGroup = m_existing->assignmentGroup;
        event.shortDescription = m_existing->shortDescription;
    }
    return event;
}

void PublishEventDialog::setTicketLookup(TicketLookup lookup)
{
    m_lookup = std::move(lookup);
    updatePreview();
}

void PublishEventDialog::setStateTable(const StateTable &states, const QString &language)
{
    m_states = states;
    m_language = language;
    updatePreview();
}

QString PublishEventDialog::stateText(const QString &type, const QString &code) const
{
    if (!m_states || !m_states->isKnown(type, code))
        return code;
    return tr("%1 (%2)").arg(code, m_states->label(type, code, m_language));
}

void PublishEventDialog::updatePreview()
{
    const QString typed = m_number->text().trimmed();
    m_existing = m_lookup && m_number->hasAcceptableInput() ? m_lookup(typed) : std::nullopt;
    // An existing ticket's type is its own.
    if (m_existing) {
        const QSignalBlocker blocker(m_type);
        if (const int index = m_type->findData(m_existing->type); index >= 0)
            m_type->setCurrentIndex(index);
    }
    m_type->setEnabled(!m_existing);

    const TestEvent e = event();
    const QString number = e.number.isEmpty() ? TestEvent::defaultNumber(e.type) : e.number;
    const QString state = stateText(e.type, e.state.isEmpty() ? TestEvent::defaultState(e.type, e.action) : e.state);
    m_number->setPlaceholderText(TestEvent::defaultNumber(e.type));
    m_state->setPlaceholderText(TestEvent::defaultState(e.type, e.action));
    if (m_existing) {
        m_preview->setText(tr("Updates the existing %1 (%2, group %3) to state %4; its record is kept, with the new "
                              "state and update time. sys_id %5")
                               .arg(number, TicketModel::typeLabel(e.type), e.assignmentGroup, state, e.sysId));
        return;
    }
    QString text =
        tr("%1:%2 for %3, state %4, sys_id %5").arg(e.type, e.action, number, state, TestEvent::sysIdFor(number));
    // Allowed (a test may want it), but said: an "Incident" CTASK0000001 is usually a slip.
    const QString prefix = TestEvent::numberPrefix(e.type);
    // Only for a whole number: while one is being typed ("IN"), it would nag at every keystroke.
    const bool whole = e.number.isEmpty() || m_number->hasAcceptableInput();
    if (whole && (!number.startsWith(prefix) || !number.at(prefix.size()).isDigit()))
        text += u'\n'
            + tr("Note: %1 numbers start with %2; %3 is published as one anyway.")
                  .arg(TicketModel::typeLabel(e.type), prefix, number);
    m_preview->setText(text);
}
