// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "demo/DemoNames.h"

#include <initializer_list>

namespace kotoplan {

namespace {

// How a language group puts a name together.
enum class Order
{
    GivenFamily,       // Olena Kovalenko
    FamilyMiddleGiven, // Nguyễn Thị Hương
    FamilyGivenJoined, // 王芳: no space
    ThreeGenerations,  // Faadumo Cabdi Maxamed: own, father's and grandfather's name
    GivenTwoFamilies,  // José Pérez Muñoz
};

struct Group
{
    int weight; // how often the group occurs, roughly as among the clients of a Finnish town
    const char16_t *motherTongue;
    std::initializer_list<const char16_t *> citizenships;
    std::initializer_list<const char16_t *> contactLanguages; // repeated ones count more
    Order order;
    std::initializer_list<const char16_t *> given;
    std::initializer_list<const char16_t *> family; // for ThreeGenerations: unused
    std::initializer_list<const char16_t *> middle; // for FamilyMiddleGiven only
};

// Invented combinations of common names, in the scripts officers meet.
const Group groups[] = {
    {14,
     u"uk",
     {u"UA"},
     {u"uk", u"uk", u"fi", u"en"},
     Order::GivenFamily,
     {u"Олена", u"Марія", u"Андрій", u"Олександр", u"Ірина", u"Наталія", u"Віктор", u"Тетяна",
      u"Юлія", u"Сергій", u"Оксана", u"Дмитро", u"Богдан", u"Світлана"},
     {u"Коваленко", u"Шевченко", u"Бондаренко", u"Ткаченко", u"Кравченко", u"Петренко", u"Мельник",
      u"Бойко", u"Лисенко", u"Савченко", u"Руденко", u"Мороз"},
     {}},
    {6,
     u"ru",
     {u"RU", u"UA", u"EE"},
     {u"ru", u"ru", u"fi"},
     Order::GivenFamily,
     {u"Дмитрий", u"Анна", u"Елена", u"Сергей", u"Ольга", u"Алексей", u"Наталья", u"Иван",
      u"Татьяна", u"Михаил"},
     {u"Черных", u"Седых", u"Долгих", u"Коваль", u"Шевчук", u"Ким", u"Гончаренко", u"Белых"},
     {}},
    {14,
     u"ar",
     {u"SY", u"IQ", u"SY", u"XX"},
     {u"ar", u"ar", u"ar", u"fi", u"en"},
     Order::GivenFamily,
     {u"محمد", u"أحمد", u"فاطمة", u"مريم", u"علي", u"حسن", u"ليلى", u"يوسف", u"نور", u"سارة",
      u"عمر", u"خالد", u"زينب", u"هدى", u"إبراهيم"},
     {u"العلي", u"حسن", u"الأحمد", u"الخطيب", u"السعدي", u"الحسين", u"النجار", u"عبدالله",
      u"الموسوي", u"الجبوري", u"العبيدي"},
     {}},
    {9,
     u"fa",
     {u"AF", u"IR", u"AF"},
     {u"fa", u"fa", u"en", u"fi"},
     Order::GivenFamily,
     {u"زهرا", u"علی", u"محمد", u"فاطمه", u"مریم", u"رضا", u"حسین", u"نرگس", u"احمد", u"شبنم",
      u"مهدی", u"سمیرا"},
     {u"احمدی", u"رضایی", u"حسینی", u"محمدی", u"کریمی", u"نوری", u"رحیمی", u"صدیقی", u"هاشمی",
      u"عزیزی"},
     {}},
    {10,
     u"so",
     {u"SO", u"SO", u"XX"},
     {u"so", u"so", u"fi", u"sv"},
     Order::ThreeGenerations,
     {u"Faadumo", u"Amina", u"Abdirahman", u"Hodan", u"Maxamed", u"Cabdi", u"Ismaaciil", u"Xamdi",
      u"Sahra", u"Yuusuf", u"Hibo", u"Ayaan", u"Warsame", u"Hirsi", u"Jaamac", u"Nuur", u"Faarax",
      u"Cali"},
     {},
     {}},
    {5,
     u"ti",
     {u"ER"},
     {u"ti", u"ti", u"en"},
     Order::GivenFamily,
     {u"ሰላም", u"ዮናስ", u"ሳባ", u"ሄኖክ", u"ሚካኤል", u"ፍሬወይኒ", u"ዳዊት", u"ሉዋም", u"ኤልሳ"},
     {u"ተስፋይ", u"ገብረመድህን", u"ኪዳነ", u"ሃይለ", u"ብርሃነ", u"ወልደሚካኤል", u"ተኽለ"},
     {}},
    {3,
     u"am",
     {u"ET"},
     {u"am", u"en"},
     Order::GivenFamily,
     {u"ሃና", u"አበበ", u"ትግስት", u"ሰለሞን", u"መሰረት", u"ብሩክ", u"ዮሐንስ", u"ቤተልሔም"},
     {u"ታደሰ", u"ግርማ", u"በቀለ", u"አለሙ", u"ወርቁ", u"ደስታ"},
     {}},
    {8,
     u"vi",
     {u"VN"},
     {u"vi", u"en", u"fi"},
     Order::FamilyMiddleGiven,
     {u"Hương", u"Đức", u"Lan", u"Anh", u"Tuấn", u"Mai", u"Hùng", u"Linh", u"Phương", u"Quang",
      u"Thảo", u"Dũng"},
     {u"Nguyễn", u"Trần", u"Lê", u"Phạm", u"Hoàng", u"Huỳnh", u"Phan", u"Vũ", u"Đặng", u"Bùi"},
     {u"Thị", u"Văn", u"Minh", u"Thanh", u"Ngọc", u"Hữu"}},
    {5,
     u"zh",
     {u"CN"},
     {u"zh", u"en"},
     Order::FamilyGivenJoined,
     {u"芳", u"伟", u"秀英", u"敏", u"静", u"丽", u"强", u"磊", u"洋", u"婷", u"志明"},
     {u"王", u"李", u"张", u"刘", u"陈", u"杨", u"赵", u"黄"},
     {}},
    {4,
     u"th",
     {u"TH"},
     {u"th", u"en", u"fi"},
     Order::GivenFamily,
     {u"สมชาย", u"สุดา", u"มาลี", u"ประเสริฐ", u"วันเพ็ญ", u"นภา"},
     {u"ใจดี", u"ศรีสุข", u"วงศ์ใหญ่", u"บุญมา", u"แสงทอง"},
     {}},
    {7,
     u"tr",
     {u"TR"},
     {u"tr", u"fi", u"sv"},
     Order::GivenFamily,
     {u"Ahmet", u"Ayşe", u"Mehmet", u"Fatma", u"Emre", u"Zeynep", u"Mustafa", u"Elif", u"İbrahim",
      u"Şeyma", u"Gülsüm"},
     {u"Yılmaz", u"Demir", u"Şahin", u"Çelik", u"Yıldız", u"Öztürk", u"Aydın", u"Kılıç", u"Doğan"},
     {}},
    {5,
     u"es",
     {u"VE", u"CO"},
     {u"es", u"en", u"fi"},
     Order::GivenTwoFamilies,
     {u"José", u"María", u"Luis", u"Ana", u"Carlos", u"Camila", u"Jesús", u"Valentina", u"Andrés"},
     {u"Pérez", u"González", u"Rodríguez", u"Muñoz", u"Hernández", u"García", u"López", u"Martínez",
      u"Peña"},
     {}},
    {3,
     u"ro",
     {u"RO", u"MD"},
     {u"ro", u"en"},
     Order::GivenFamily,
     {u"Mihai", u"Ioana", u"Andrei", u"Elena", u"Ștefan", u"Cristina", u"Gheorghe", u"Raluca"},
     {u"Ștefănescu", u"Popescu", u"Ionescu", u"Dumitru", u"Constantinescu", u"Țurcanu"},
     {}},
    {4,
     u"en",
     {u"NG", u"GH"},
     {u"en"},
     Order::GivenFamily,
     {u"Chinedu", u"Ngozi", u"Oluwaseun", u"Kwame", u"Abena", u"Emeka", u"Funmilayo"},
     {u"Okafor", u"Adeyemi", u"Mensah", u"Boateng", u"Eze", u"Ogunleye"},
     {}},
    {3,
     u"ckb",
     {u"IQ"},
     {u"ckb", u"ar", u"fi"},
     Order::GivenFamily,
     {u"ئاراس", u"شیلان", u"هێمن", u"ڕۆژان", u"کاروان", u"دڵنیا"},
     {u"ئەحمەد", u"مەحموود", u"کەریم", u"عەزیز", u"ڕەسووڵ"},
     {}},
};

QString pick(QRandomGenerator &random, std::initializer_list<const char16_t *> items)
{
    return QString::fromUtf16(items.begin()[random.bounded(int(items.size()))]);
}

const Group &pickGroup(QRandomGenerator &random)
{
    int total = 0;
    for (const Group &group : groups)
        total += group.weight;
    int at = random.bounded(total);
    for (const Group &group : groups) {
        if (at < group.weight)
            return group;
        at -= group.weight;
    }
    return groups[0];
}

} // namespace

int DemoNames::groupCount()
{
    return int(std::size(groups));
}

DemoPerson DemoNames::person(QRandomGenerator &random)
{
    const Group &group = pickGroup(random);
    DemoPerson person;
    const QChar space(QLatin1Char(' '));
    switch (group.order) {
    case Order::GivenFamily:
        person.name = pick(random, group.given) + space + pick(random, group.family);
        break;
    case Order::FamilyMiddleGiven:
        person.name = pick(random, group.family) + space + pick(random, group.middle) + space +
                      pick(random, group.given);
        break;
    case Order::FamilyGivenJoined:
        person.name = pick(random, group.family) + pick(random, group.given);
        break;
    case Order::ThreeGenerations:
        person.name = pick(random, group.given) + space + pick(random, group.given) + space +
                      pick(random, group.given);
        break;
    case Order::GivenTwoFamilies:
        person.name = pick(random, group.given) + space + pick(random, group.family) + space +
                      pick(random, group.family);
        break;
    }
    person.motherTongue = QString::fromUtf16(group.motherTongue);
    person.citizenship = pick(random, group.citizenships);
    person.contactLanguage = pick(random, group.contactLanguages);
    return person;
}

} // namespace kotoplan
