#include "model/document.h"

namespace cdp {

std::string document_kind_name(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::kStrategy: return "Strategy";
    case DocumentKind::kAnnualReport: return "Annual report";
    case DocumentKind::kBoardReport: return "Board report";
    case DocumentKind::kNews: return "News";
  }
  return "";
}

}  // namespace cdp
