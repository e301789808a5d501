-- The first indicator catalogue: the checklist a sender ticks when referring a possible victim of human trafficking.
-- Based on the public indicator lists (ILO/EU operational indicators, UNODC indicators, the Danish centre's list);
-- the texts are our own. Administrators extend the catalogue later; codes are stable, texts may change.

INSERT INTO indicator_group (code, position)
VALUES ('RECRUITMENT_DECEPTION', 1),
       ('CONTROL_COERCION', 2),
       ('WORKING_LIVING_CONDITIONS', 3),
       ('DOCUMENTS', 4),
       ('DEBT', 5),
       ('MOVEMENT', 6),
       ('VIOLENCE_THREATS', 7);

INSERT INTO indicator_text (code, language, label, help)
VALUES ('RECRUITMENT_DECEPTION', 'en', 'Recruitment and deception', NULL),
       ('RECRUITMENT_DECEPTION', 'da', 'Rekruttering og bedrag', NULL),
       ('RECRUITMENT_DECEPTION', 'sv', 'Rekrytering och vilseledning', NULL),
       ('CONTROL_COERCION', 'en', 'Control and coercion', NULL),
       ('CONTROL_COERCION', 'da', 'Kontrol og tvang', NULL),
       ('CONTROL_COERCION', 'sv', 'Kontroll och tvång', NULL),
       ('WORKING_LIVING_CONDITIONS', 'en', 'Working and living conditions', NULL),
       ('WORKING_LIVING_CONDITIONS', 'da', 'Arbejds- og leveforhold', NULL),
       ('WORKING_LIVING_CONDITIONS', 'sv', 'Arbets- och levnadsvillkor', NULL),
       ('DOCUMENTS', 'en', 'Documents and identity', NULL),
       ('DOCUMENTS', 'da', 'Dokumenter og identitet', NULL),
       ('DOCUMENTS', 'sv', 'Handlingar och identitet', NULL),
       ('DEBT', 'en', 'Debt', NULL),
       ('DEBT', 'da', 'Gæld', NULL),
       ('DEBT', 'sv', 'Skulder', NULL),
       ('MOVEMENT', 'en', 'Travel and movement', NULL),
       ('MOVEMENT', 'da', 'Rejse og transport', NULL),
       ('MOVEMENT', 'sv', 'Resor och förflyttning', NULL),
       ('VIOLENCE_THREATS', 'en', 'Violence and threats', NULL),
       ('VIOLENCE_THREATS', 'da', 'Vold og trusler', NULL),
       ('VIOLENCE_THREATS', 'sv', 'Våld och hot', NULL);

INSERT INTO indicator (code, group_code, position)
VALUES ('REC_DECEIVED_ABOUT_JOB', 'RECRUITMENT_DECEPTION', 1),
       ('REC_DECEIVED_ABOUT_PAY', 'RECRUITMENT_DECEPTION', 2),
       ('REC_RECRUITER_ARRANGED_ALL', 'RECRUITMENT_DECEPTION', 3),
       ('REC_FALSE_PROMISES', 'RECRUITMENT_DECEPTION', 4),
       ('REC_ABUSE_OF_VULNERABILITY', 'RECRUITMENT_DECEPTION', 5),

       ('CTL_NOT_FREE_TO_LEAVE', 'CONTROL_COERCION', 1),
       ('CTL_CANNOT_REFUSE', 'CONTROL_COERCION', 2),
       ('CTL_ISOLATED', 'CONTROL_COERCION', 3),
       ('CTL_WATCHED', 'CONTROL_COERCION', 4),
       ('CTL_PHONE_TAKEN', 'CONTROL_COERCION', 5),
       ('CTL_COACHED_STORY', 'CONTROL_COERCION', 6),

       ('WRK_EXCESSIVE_HOURS', 'WORKING_LIVING_CONDITIONS', 1),
       ('WRK_LITTLE_OR_NO_PAY', 'WORKING_LIVING_CONDITIONS', 2),
       ('WRK_EARNINGS_TAKEN', 'WORKING_LIVING_CONDITIONS', 3),
       ('WRK_HOUSING_BY_EMPLOYER', 'WORKING_LIVING_CONDITIONS', 4),
       ('WRK_FORCED_CRIME', 'WORKING_LIVING_CONDITIONS', 5),
       ('WRK_BEGGING_FOR_OTHERS', 'WORKING_LIVING_CONDITIONS', 6),

       ('DOC_DOCUMENTS_WITHHELD', 'DOCUMENTS', 1),
       ('DOC_FALSE_DOCUMENTS', 'DOCUMENTS', 2),
       ('DOC_NO_BANK_ACCESS', 'DOCUMENTS', 3),
       ('DOC_IDENTITY_MISUSED', 'DOCUMENTS', 4),

       ('DEBT_BONDAGE', 'DEBT', 1),
       ('DEBT_TRAVEL_FEES', 'DEBT', 2),
       ('DEBT_HOUSING_DEDUCTIONS', 'DEBT', 3),
       ('DEBT_GROWING', 'DEBT', 4),

       ('MOV_ESCORTED', 'MOVEMENT', 1),
       ('MOV_MOVED_BETWEEN_PLACES', 'MOVEMENT', 2),
       ('MOV_MOVED_ACROSS_BORDERS', 'MOVEMENT', 3),
       ('MOV_UNKNOWN_ADDRESS', 'MOVEMENT', 4),

       ('VIO_PHYSICAL_VIOLENCE', 'VIOLENCE_THREATS', 1),
       ('VIO_SEXUAL_VIOLENCE', 'VIOLENCE_THREATS', 2),
       ('VIO_THREATS_OF_HARM', 'VIOLENCE_THREATS', 3),
       ('VIO_THREATS_TO_FAMILY', 'VIOLENCE_THREATS', 4),
       ('VIO_THREATS_OF_REPORTING', 'VIOLENCE_THREATS', 5),
       ('VIO_CHILD_EXPLOITED', 'VIOLENCE_THREATS', 6);

-- Recruitment and deception
INSERT INTO indicator_text (code, language, label, help)
VALUES ('REC_DECEIVED_ABOUT_JOB', 'en', 'Deceived about the kind of work',
        'The person came for one job (e.g. cleaning, farm work, au pair) but was made to do another, such as prostitution or crime.'),
       ('REC_DECEIVED_ABOUT_JOB', 'da', 'Bedraget om arbejdets art',
        'Personen kom for at tage ét arbejde (fx rengøring, landbrug, au pair), men blev sat til noget andet, fx prostitution eller kriminalitet.'),
       ('REC_DECEIVED_ABOUT_JOB', 'sv', 'Lurad om vilket arbete det gällde',
        'Personen kom för ett visst arbete (t.ex. städning, jordbruk, au pair) men tvingades till något annat, t.ex. prostitution eller brott.'),

       ('REC_DECEIVED_ABOUT_PAY', 'en', 'Deceived about pay, hours or conditions',
        'Pay, working hours, housing or other conditions are much worse than what the person was promised.'),
       ('REC_DECEIVED_ABOUT_PAY', 'da', 'Bedraget om løn, arbejdstid eller vilkår',
        'Løn, arbejdstid, bolig eller andre vilkår er langt dårligere end det, personen fik lovet.'),
       ('REC_DECEIVED_ABOUT_PAY', 'sv', 'Lurad om lön, arbetstid eller villkor',
        'Lön, arbetstid, boende eller andra villkor är mycket sämre än vad personen blev lovad.'),

       ('REC_RECRUITER_ARRANGED_ALL', 'en', 'A recruiter or ''agent'' arranged everything',
        'Someone else organised and paid for the job, travel, tickets and papers; the person knows little about the arrangements.'),
       ('REC_RECRUITER_ARRANGED_ALL', 'da', 'En rekrutterer eller ''agent'' ordnede alt',
        'En anden har sørget for og betalt job, rejse, billetter og papirer; personen ved kun lidt om aftalerne.'),
       ('REC_RECRUITER_ARRANGED_ALL', 'sv', 'En rekryterare eller ''agent'' ordnade allt',
        'Någon annan har ordnat och betalat arbete, resa, biljetter och papper; personen vet lite om upplägget.'),

       ('REC_FALSE_PROMISES', 'en', 'Recruited through a partner or false promises',
        'A boyfriend, partner or friend promised love, marriage, study or a better life and then arranged the work (the ''loverboy'' method).'),
       ('REC_FALSE_PROMISES', 'da', 'Rekrutteret via kæreste eller falske løfter',
        'En kæreste, partner eller ven lovede kærlighed, ægteskab, uddannelse eller et bedre liv og satte derefter arbejdet i stand (''loverboy''-metoden).'),
       ('REC_FALSE_PROMISES', 'sv', 'Rekryterad via partner eller falska löften',
        'En pojkvän, partner eller vän lovade kärlek, äktenskap, studier eller ett bättre liv och ordnade sedan arbetet (så kallad ''loverboy''-metod).'),

       ('REC_ABUSE_OF_VULNERABILITY', 'en', 'Recruited while in a vulnerable situation',
        'The person was approached when poor, homeless, addicted, ill, undocumented or very young, and had few real choices.'),
       ('REC_ABUSE_OF_VULNERABILITY', 'da', 'Rekrutteret i en sårbar situation',
        'Personen blev kontaktet, mens vedkommende var fattig, hjemløs, afhængig, syg, uden papirer eller meget ung og havde få reelle valg.'),
       ('REC_ABUSE_OF_VULNERABILITY', 'sv', 'Rekryterad i en utsatt situation',
        'Personen kontaktades när hen var fattig, hemlös, beroende, sjuk, saknade papper eller var mycket ung och hade få verkliga val.');

-- Control and coercion
INSERT INTO indicator_text (code, language, label, help)
VALUES ('CTL_NOT_FREE_TO_LEAVE', 'en', 'Not free to leave the work or housing',
        'The person cannot quit, leave the workplace or go out alone, or believes they are not allowed to.'),
       ('CTL_NOT_FREE_TO_LEAVE', 'da', 'Ikke fri til at forlade arbejdet eller boligen',
        'Personen kan ikke sige op, forlade arbejdspladsen eller gå ud alene, eller tror ikke at have lov til det.'),
       ('CTL_NOT_FREE_TO_LEAVE', 'sv', 'Inte fri att lämna arbetet eller boendet',
        'Personen kan inte säga upp sig, lämna arbetsplatsen eller gå ut ensam, eller tror sig inte ha rätt till det.'),

       ('CTL_CANNOT_REFUSE', 'en', 'Cannot refuse work, clients or sexual acts',
        'The person cannot say no to tasks, customers or sexual services, or is punished for refusing.'),
       ('CTL_CANNOT_REFUSE', 'da', 'Kan ikke afvise arbejde, kunder eller seksuelle handlinger',
        'Personen kan ikke sige nej til opgaver, kunder eller seksuelle ydelser, eller bliver straffet for at sige nej.'),
       ('CTL_CANNOT_REFUSE', 'sv', 'Kan inte vägra arbete, kunder eller sexuella handlingar',
        'Personen kan inte säga nej till arbetsuppgifter, kunder eller sexuella tjänster, eller straffas för att vägra.'),

       ('CTL_ISOLATED', 'en', 'Isolated from family and others',
        'The person has little or no contact with family, friends or anyone outside the work, or is kept apart from others.'),
       ('CTL_ISOLATED', 'da', 'Isoleret fra familie og andre',
        'Personen har ingen eller kun lidt kontakt med familie, venner eller andre uden for arbejdet, eller holdes adskilt fra andre.'),
       ('CTL_ISOLATED', 'sv', 'Isolerad från familj och andra',
        'Personen har liten eller ingen kontakt med familj, vänner eller andra utanför arbetet, eller hålls avskild från andra.'),

       ('CTL_WATCHED', 'en', 'Watched or monitored',
        'Someone keeps watch over the person at work, at home or by camera or phone, or checks where they are.'),
       ('CTL_WATCHED', 'da', 'Overvåget eller kontrolleret',
        'Nogen holder øje med personen på arbejdet, i boligen eller via kamera eller telefon, eller tjekker, hvor vedkommende er.'),
       ('CTL_WATCHED', 'sv', 'Övervakad eller kontrollerad',
        'Någon håller uppsikt över personen på arbetet, i boendet eller via kamera eller telefon, eller kontrollerar var hen är.'),

       ('CTL_PHONE_TAKEN', 'en', 'Phone taken away or controlled',
        'The person has no phone of their own, or someone else holds it, reads the messages or decides who they may call.'),
       ('CTL_PHONE_TAKEN', 'da', 'Telefon frataget eller kontrolleret',
        'Personen har ingen egen telefon, eller en anden har den, læser beskederne eller bestemmer, hvem vedkommende må ringe til.'),
       ('CTL_PHONE_TAKEN', 'sv', 'Telefonen tagen eller kontrollerad',
        'Personen har ingen egen telefon, eller någon annan har den, läser meddelandena eller bestämmer vem hen får ringa.'),

       ('CTL_COACHED_STORY', 'en', 'Told what to say to the authorities',
        'The person tells a rehearsed story or has been told what to say to police, immigration or social services, or someone else speaks for them.'),
       ('CTL_COACHED_STORY', 'da', 'Instrueret i, hvad der skal siges til myndighederne',
        'Personen fortæller en indøvet historie eller er blevet instrueret i, hvad der skal siges til politi, udlændingemyndigheder eller kommune, eller en anden taler på vedkommendes vegne.'),
       ('CTL_COACHED_STORY', 'sv', 'Instruerad om vad hen ska säga till myndigheter',
        'Personen berättar en inövad historia eller har fått besked om vad hen ska säga till polis, Migrationsverket eller socialtjänst, eller någon annan talar för personen.');

-- Working and living conditions
INSERT INTO indicator_text (code, language, label, help)
VALUES ('WRK_EXCESSIVE_HOURS', 'en', 'Excessive working hours',
        'Works very long days or nearly every day, with few breaks or days off, or must be available at all hours.'),
       ('WRK_EXCESSIVE_HOURS', 'da', 'Urimeligt lange arbejdstider',
        'Arbejder meget lange dage eller næsten hver dag med få pauser eller fridage, eller skal stå til rådighed hele døgnet.'),
       ('WRK_EXCESSIVE_HOURS', 'sv', 'Orimligt långa arbetstider',
        'Arbetar mycket långa dagar eller nästan varje dag med få raster eller lediga dagar, eller måste vara tillgänglig dygnet runt.'),

       ('WRK_LITTLE_OR_NO_PAY', 'en', 'Little or no pay',
        'The person is paid far below normal wages, paid irregularly, or not paid at all.'),
       ('WRK_LITTLE_OR_NO_PAY', 'da', 'Lav eller ingen løn',
        'Personen får langt under normal løn, får løn uregelmæssigt eller slet ikke.'),
       ('WRK_LITTLE_OR_NO_PAY', 'sv', 'Låg eller ingen lön',
        'Personen får långt under normal lön, får lön oregelbundet eller inte alls.'),

       ('WRK_EARNINGS_TAKEN', 'en', 'Earnings handed over to others',
        'The person must give all or most of their earnings to an employer, a ''boss'' or a partner, or never receives the money.'),
       ('WRK_EARNINGS_TAKEN', 'da', 'Indtjeningen afleveres til andre',
        'Personen skal aflevere hele eller det meste af indtjeningen til en arbejdsgiver, en ''boss'' eller en kæreste, eller får aldrig pengene.'),
       ('WRK_EARNINGS_TAKEN', 'sv', 'Inkomsten lämnas till andra',
        'Personen måste lämna hela eller det mesta av sin inkomst till en arbetsgivare, en ''boss'' eller en partner, eller får aldrig pengarna.'),

       ('WRK_HOUSING_BY_EMPLOYER', 'en', 'Poor or overcrowded housing from the employer',
        'The employer provides the housing, often crowded, unsafe or at the workplace, and the person cannot choose to live elsewhere.'),
       ('WRK_HOUSING_BY_EMPLOYER', 'da', 'Dårlig eller overfyldt bolig via arbejdsgiveren',
        'Arbejdsgiveren stiller boligen til rådighed, ofte overfyldt, usikker eller på arbejdspladsen, og personen kan ikke vælge at bo et andet sted.'),
       ('WRK_HOUSING_BY_EMPLOYER', 'sv', 'Dåligt eller trångt boende via arbetsgivaren',
        'Arbetsgivaren ordnar boendet, ofta trångt, osäkert eller på arbetsplatsen, och personen kan inte välja att bo någon annanstans.'),

       ('WRK_FORCED_CRIME', 'en', 'Forced to commit crimes',
        'The person is made to steal, sell or carry drugs, tend a cannabis grow, or commit fraud or other crimes for someone else.'),
       ('WRK_FORCED_CRIME', 'da', 'Tvunget til at begå kriminalitet',
        'Personen bliver sat til at stjæle, sælge eller transportere narko, passe en cannabisplantage eller begå svindel eller anden kriminalitet for andre.'),
       ('WRK_FORCED_CRIME', 'sv', 'Tvingad att begå brott',
        'Personen tvingas stjäla, sälja eller transportera narkotika, sköta en cannabisodling eller begå bedrägerier eller andra brott åt någon annan.'),

       ('WRK_BEGGING_FOR_OTHERS', 'en', 'Begging for others',
        'The person begs, often at fixed places, and hands the money to someone who brings them there and collects it.'),
       ('WRK_BEGGING_FOR_OTHERS', 'da', 'Tigger for andre',
        'Personen tigger, ofte på faste steder, og afleverer pengene til en, der bringer vedkommende derhen og henter pengene.'),
       ('WRK_BEGGING_FOR_OTHERS', 'sv', 'Tigger åt andra',
        'Personen tigger, ofta på fasta platser, och lämnar pengarna till någon som kör dit hen och samlar in pengarna.');

-- Documents and identity
INSERT INTO indicator_text (code, language, label, help)
VALUES ('DOC_DOCUMENTS_WITHHELD', 'en', 'Passport or ID kept by someone else',
        'The person cannot show their own passport or ID card; an employer or ''agent'' keeps it.'),
       ('DOC_DOCUMENTS_WITHHELD', 'da', 'Pas eller id-kort tilbageholdes af andre',
        'Personen kan ikke vise sit eget pas eller id-kort; en arbejdsgiver eller ''agent'' har det.'),
       ('DOC_DOCUMENTS_WITHHELD', 'sv', 'Pass eller id-handlingar hålls av någon annan',
        'Personen kan inte visa sitt eget pass eller id-kort; en arbetsgivare eller ''agent'' har det.'),

       ('DOC_FALSE_DOCUMENTS', 'en', 'False or borrowed documents',
        'The person travels or works on forged papers, someone else''s identity, or a visa obtained with false information.'),
       ('DOC_FALSE_DOCUMENTS', 'da', 'Falske eller lånte dokumenter',
        'Personen rejser eller arbejder på falske papirer, en andens identitet eller et visum opnået på falske oplysninger.'),
       ('DOC_FALSE_DOCUMENTS', 'sv', 'Falska eller lånade handlingar',
        'Personen reser eller arbetar med förfalskade papper, någon annans identitet eller ett visum som fåtts genom falska uppgifter.'),

       ('DOC_NO_BANK_ACCESS', 'en', 'No access to own bank account',
        'Wages go to an account the person does not control; someone else holds the bank card, codes or digital ID.'),
       ('DOC_NO_BANK_ACCESS', 'da', 'Ingen adgang til egen bankkonto',
        'Lønnen går ind på en konto, personen ikke selv råder over; en anden har betalingskortet, koderne eller MitID.'),
       ('DOC_NO_BANK_ACCESS', 'sv', 'Ingen tillgång till eget bankkonto',
        'Lönen sätts in på ett konto som personen inte styr över; någon annan har bankkortet, koderna eller BankID.'),

       ('DOC_IDENTITY_MISUSED', 'en', 'Identity used for benefit, VAT or other fraud',
        'Companies, loans, phone contracts, benefit claims or VAT returns are in the person''s name, but others control them and keep the money.'),
       ('DOC_IDENTITY_MISUSED', 'da', 'Identiteten misbruges til socialt bedrageri eller momssvindel',
        'Virksomheder, lån, mobilabonnementer, ansøgninger om ydelser eller momsangivelser står i personens navn, men andre styrer dem og beholder pengene.'),
       ('DOC_IDENTITY_MISUSED', 'sv', 'Identiteten används för bidrags- eller momsbedrägerier',
        'Företag, lån, mobilabonnemang, ansökningar om bidrag eller momsdeklarationer står i personens namn, men andra styr dem och behåller pengarna.');

-- Debt
INSERT INTO indicator_text (code, language, label, help)
VALUES ('DEBT_BONDAGE', 'en', 'Must work to pay off a debt',
        'The person works to repay a debt to the recruiter, the employer or their people, and cannot stop until it is paid.'),
       ('DEBT_BONDAGE', 'da', 'Skal arbejde en gæld af',
        'Personen arbejder for at betale en gæld til rekrutteringsagenten, arbejdsgiveren eller deres folk og kan ikke stoppe, før gælden er betalt.'),
       ('DEBT_BONDAGE', 'sv', 'Måste arbeta av en skuld',
        'Personen arbetar för att betala av en skuld till rekryteraren, arbetsgivaren eller deras folk och kan inte sluta förrän skulden är betald.'),

       ('DEBT_TRAVEL_FEES', 'en', 'Debt for travel, visa or recruitment fees',
        'The person owes money for the journey, documents, a job placement or other fees, often much more than the real cost.'),
       ('DEBT_TRAVEL_FEES', 'da', 'Gæld for rejse, visum eller jobformidling',
        'Personen skylder penge for rejsen, papirer, jobformidling eller andre gebyrer, ofte langt mere end det reelt har kostet.'),
       ('DEBT_TRAVEL_FEES', 'sv', 'Skuld för resa, visum eller förmedlingsavgift',
        'Personen är skyldig pengar för resan, handlingar, arbetsförmedling eller andra avgifter, ofta mycket mer än den verkliga kostnaden.'),

       ('DEBT_HOUSING_DEDUCTIONS', 'en', 'Charged for housing, food or equipment',
        'Rent, food, transport, tools or fines are deducted from pay or added to the debt, often at unreasonable prices.'),
       ('DEBT_HOUSING_DEDUCTIONS', 'da', 'Betaler for bolig, mad eller udstyr',
        'Husleje, mad, transport, værktøj eller bøder trækkes fra lønnen eller lægges oven i gælden, ofte til urimelige priser.'),
       ('DEBT_HOUSING_DEDUCTIONS', 'sv', 'Betalar för boende, mat eller utrustning',
        'Hyra, mat, transport, verktyg eller böter dras från lönen eller läggs på skulden, ofta till orimliga priser.'),

       ('DEBT_GROWING', 'en', 'Debt keeps growing or is unclear',
        'The person does not know how much they owe, or the debt grows with interest, fines or new costs however much they work.'),
       ('DEBT_GROWING', 'da', 'Gælden vokser eller er uklar',
        'Personen ved ikke, hvor meget vedkommende skylder, eller gælden vokser med renter, bøder eller nye udgifter, uanset hvor meget der arbejdes.'),
       ('DEBT_GROWING', 'sv', 'Skulden växer eller är oklar',
        'Personen vet inte hur mycket hen är skyldig, eller skulden växer med ränta, böter eller nya kostnader hur mycket hen än arbetar.');

-- Travel and movement
INSERT INTO indicator_text (code, language, label, help)
VALUES ('MOV_ESCORTED', 'en', 'Escorted when travelling or going to work',
        'Someone travels with the person, meets them on arrival or drives them to and from work, and rarely leaves them alone.'),
       ('MOV_ESCORTED', 'da', 'Ledsages på rejsen eller til og fra arbejde',
        'Nogen rejser med personen, tager imod ved ankomsten eller kører vedkommende til og fra arbejde og lader sjældent personen være alene.'),
       ('MOV_ESCORTED', 'sv', 'Eskorteras under resan eller till och från arbetet',
        'Någon reser med personen, möter hen vid ankomsten eller kör hen till och från arbetet och lämnar sällan personen ensam.'),

       ('MOV_MOVED_BETWEEN_PLACES', 'en', 'Moved around between places',
        'Others often move the person between cities, workplaces, flats or brothels, without the person deciding.'),
       ('MOV_MOVED_BETWEEN_PLACES', 'da', 'Flyttes rundt mellem steder',
        'Andre flytter ofte personen mellem byer, arbejdspladser, lejligheder eller bordeller, uden at vedkommende selv bestemmer det.'),
       ('MOV_MOVED_BETWEEN_PLACES', 'sv', 'Flyttas runt mellan olika platser',
        'Andra flyttar ofta personen mellan städer, arbetsplatser, lägenheter eller bordeller utan att hen själv bestämmer.'),

       ('MOV_MOVED_ACROSS_BORDERS', 'en', 'Moved between countries by others',
        'The person was brought into the country, or taken on to other countries, by people who planned and controlled the journey.'),
       ('MOV_MOVED_ACROSS_BORDERS', 'da', 'Bragt mellem lande af andre',
        'Personen er bragt ind i landet eller videre til andre lande af folk, der planlagde og styrede rejsen.'),
       ('MOV_MOVED_ACROSS_BORDERS', 'sv', 'Förflyttad mellan länder av andra',
        'Personen har förts in i landet eller vidare till andra länder av personer som planerade och styrde resan.'),

       ('MOV_UNKNOWN_ADDRESS', 'en', 'Does not know own address',
        'The person cannot say where they live or work, or knows only the area or a nearby landmark.'),
       ('MOV_UNKNOWN_ADDRESS', 'da', 'Kender ikke sin egen adresse',
        'Personen kan ikke sige, hvor vedkommende bor eller arbejder, eller kender kun området eller et kendt sted i nærheden.'),
       ('MOV_UNKNOWN_ADDRESS', 'sv', 'Känner inte till sin egen adress',
        'Personen kan inte säga var hen bor eller arbetar, eller känner bara till området eller något känt ställe i närheten.');

-- Violence and threats
INSERT INTO indicator_text (code, language, label, help)
VALUES ('VIO_PHYSICAL_VIOLENCE', 'en', 'Physical violence',
        'The person has been beaten, locked in or deprived of food or sleep, or has injuries they cannot or will not explain.'),
       ('VIO_PHYSICAL_VIOLENCE', 'da', 'Fysisk vold',
        'Personen er blevet slået, låst inde eller nægtet mad eller søvn, eller har skader, vedkommende ikke kan eller vil forklare.'),
       ('VIO_PHYSICAL_VIOLENCE', 'sv', 'Fysiskt våld',
        'Personen har blivit slagen, inlåst eller berövad mat eller sömn, eller har skador som hen inte kan eller vill förklara.'),

       ('VIO_SEXUAL_VIOLENCE', 'en', 'Sexual violence',
        'The person has been raped, sexually assaulted or forced into sexual acts, also as punishment or to ''break them in''.'),
       ('VIO_SEXUAL_VIOLENCE', 'da', 'Seksuel vold',
        'Personen er blevet voldtaget, udsat for seksuelle overgreb eller tvunget til seksuelle handlinger, også som straf eller for at ''knække'' vedkommende.'),
       ('VIO_SEXUAL_VIOLENCE', 'sv', 'Sexuellt våld',
        'Personen har blivit våldtagen, utsatt för sexuella övergrepp eller tvingad till sexuella handlingar, även som straff eller för att ''knäcka'' hen.'),

       ('VIO_THREATS_OF_HARM', 'en', 'Threats of violence or harm',
        'The person has been threatened with violence, or fears a curse or ritual oath (e.g. juju) used to keep them obedient.'),
       ('VIO_THREATS_OF_HARM', 'da', 'Trusler om vold eller skade',
        'Personen er blevet truet med vold eller frygter en forbandelse eller rituel ed (fx juju), der bruges til at holde vedkommende lydig.'),
       ('VIO_THREATS_OF_HARM', 'sv', 'Hot om våld eller skada',
        'Personen har hotats med våld eller är rädd för en förbannelse eller en rituell ed (t.ex. juju) som används för att hålla hen lydig.'),

       ('VIO_THREATS_TO_FAMILY', 'en', 'Threats against family',
        'Someone has threatened to harm the person''s family or children, or says they know where the family lives.'),
       ('VIO_THREATS_TO_FAMILY', 'da', 'Trusler mod familien',
        'Nogen har truet med at skade personens familie eller børn eller siger, at de ved, hvor familien bor.'),
       ('VIO_THREATS_TO_FAMILY', 'sv', 'Hot mot familjen',
        'Någon har hotat att skada personens familj eller barn, eller säger sig veta var familjen bor.'),

       ('VIO_THREATS_OF_REPORTING', 'en', 'Threatened with police or deportation',
        'The person is told they will be reported to the police or immigration, arrested or deported if they complain or try to leave.'),
       ('VIO_THREATS_OF_REPORTING', 'da', 'Trues med politi eller udvisning',
        'Personen trues med at blive meldt til politiet eller udlændingemyndighederne, anholdt eller udvist, hvis vedkommende klager eller prøver at komme væk.'),
       ('VIO_THREATS_OF_REPORTING', 'sv', 'Hotas med polis eller utvisning',
        'Personen hotas med att bli anmäld till polisen eller Migrationsverket, gripen eller utvisad om hen klagar eller försöker ta sig därifrån.'),

       ('VIO_CHILD_EXPLOITED', 'en', 'Signs that a child is being exploited',
        'A person under 18 works, begs, steals or sells sex, travels with adults who are not their parents, or seems controlled by others. For a child, no force or deception is needed for it to be trafficking.'),
       ('VIO_CHILD_EXPLOITED', 'da', 'Tegn på udnyttelse af et barn',
        'En person under 18 år arbejder, tigger, stjæler eller sælger sex, rejser med voksne, der ikke er forældrene, eller virker styret af andre. For børn kræves hverken tvang eller bedrag, for at der er tale om menneskehandel.'),
       ('VIO_CHILD_EXPLOITED', 'sv', 'Tecken på att ett barn utsätts för exploatering',
        'En person under 18 år arbetar, tigger, stjäl eller säljer sex, reser med vuxna som inte är föräldrarna, eller verkar styrd av andra. När det gäller barn krävs varken tvång eller vilseledning för att det ska vara människohandel.');
