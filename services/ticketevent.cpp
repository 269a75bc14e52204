#include "services/ticketevent.h"

#include "services/compactjson.h"

void TicketEvent::setRecord(const QJsonObject &object)
{
    recordJson = object.isEmpty() ? QByteArray() : CompactJson::toJson(object);
    record = RecordFields::fromObject(object);
}
